"""Entry point for ``python -m cfacts``."""

from cfacts.cli.console import run

run()
