import KoersCore
