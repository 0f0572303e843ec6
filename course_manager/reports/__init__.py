"""Reports out: formatted .xlsx workbooks (pandas + openpyxl) and print-ready PDFs (fpdf2).

Every text cell written by a report goes through :func:`course_manager.reports.safety.safe_cell`.
"""
