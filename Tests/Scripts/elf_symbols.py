"""The function symbols of an ELF binary, read with `nm`: shared by scripts/lambda-order.py, which writes the
order file from them, and hot-code-check.py, which checks the link followed it."""
import subprocess


def function_symbols(binary):
    """`binary`'s defined function symbols: name -> (address, size); size 0 where the symbol has none."""
    listing = subprocess.run(["nm", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    symbols = {}
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "tTwW":
            symbols[parts[3]] = (int(parts[0], 16), int(parts[1], 16))
        elif len(parts) == 3 and parts[1] in "tTwW":
            symbols[parts[2]] = (int(parts[0], 16), 0)
    return symbols
