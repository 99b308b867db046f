"""cfacts: sourced fact lookup about China's copyright industry and WIPO."""

__version__ = "0.1.0"
