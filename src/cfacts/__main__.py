"""Entry point for ``python -m cfacts``."""

from cfacts.cli import main

main()
