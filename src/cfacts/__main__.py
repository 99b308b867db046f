"""Entry point for ``python -m cfacts``."""

import sys

from cfacts.fastpath import main

sys.exit(main())
