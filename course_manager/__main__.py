from course_manager.cli import main

raise SystemExit(main())
