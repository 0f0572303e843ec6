"""The desktop app (Qt only). It talks to the record through ``course_manager`` services."""
