"""Certificates: fonts, templates, signing, QR and rendering with fpdf2 (no Qt, no database)."""
