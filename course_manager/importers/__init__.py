"""Spreadsheets in: readers, header detection, column mapping, country names, normalisation.

Spreadsheets are read with python-calamine directly (no pandas), within a budget; what leaves
is plain Python. The use case built on it is :mod:`course_manager.services.import_roster`.
"""
