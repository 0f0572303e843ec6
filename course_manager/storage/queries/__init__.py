"""Read-only queries behind screens and reports: the SQL the services ask, kept in storage.

One module per reader (the roster, the dashboard, the sign-in sheet import). Each function
takes the open :class:`~course_manager.storage.Database` and returns plain Python values; none
of them writes.
"""
