"""Entry point for ``python -m cfacts``."""

import sys

from cfacts.cli.main import main

sys.exit(main())
