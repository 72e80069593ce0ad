"""`python -m kds` is the `kds` command."""

from kds.cli import main

raise SystemExit(main())
