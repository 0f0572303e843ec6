"""``python -m ui``: the app's launcher (see ``ui/launcher.py``), as ``course-manager`` is."""

from ui.launcher import main

raise SystemExit(main())
