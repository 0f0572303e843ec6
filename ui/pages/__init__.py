"""The app's screens: one QWidget page class per module, registered in ui/main_window.py."""
