"""The SQLite file: opening, migrations, audit triggers, backups, one repository per aggregate."""
