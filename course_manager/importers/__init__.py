"""Spreadsheets in: readers, header detection, column mapping, country names, normalisation.

The only package (with reports and services) that imports pandas, always lazily. What leaves
it is plain Python. The use case built on it is :mod:`course_manager.services.import_roster`.
"""
