import KoersShell
