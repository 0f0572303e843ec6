"""``python -m course_manager COMMAND``: the command line alone (the app: ``python -m ui``)."""

from course_manager.cli import main

raise SystemExit(main())
