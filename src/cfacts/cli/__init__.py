"""The command line: one grammar, the fast entry point, the typer app, completion."""
