"""Entry point for ``python -m cfacts``."""

from cfacts.cli.main import run

run()
