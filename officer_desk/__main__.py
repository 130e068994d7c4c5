from officer_desk.cli import main

raise SystemExit(main())
