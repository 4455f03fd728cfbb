#!/usr/bin/env bash
# Writes the invoices' fonts (src/Web/Features/Reglements/Fonts/DejaVuSans-WinAnsi.ttf and DejaVuSans-Bold-WinAnsi.ttf):
# DejaVu Sans cut down to the 218 characters of Windows-1252, without hinting, renamed "DejaVu Sans WinAnsi" (a modified
# Bitstream Vera font takes a name of its own; PDFsharp also tells faces apart by name). Needs fontTools (Debian: fonttools).
set -euo pipefail
cd "$(dirname "$0")/../src/Web/Features/Reglements/Fonts"
python3 - <<'PY'
from fontTools import subset
from fontTools.ttLib import TTFont

# Windows-1252: ASCII, Latin-1 and the 27 characters of 0x80-0x9F.
chars = [*range(0x20, 0x7F), *range(0xA0, 0x100), *map(ord, "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")]
options = subset.Options(name_IDs=["*"], name_languages=["*"], name_legacy=True, notdef_outline=True, hinting=False, layout_features=[])
for face in ("DejaVuSans", "DejaVuSans-Bold"):
    font = TTFont(f"{face}.ttf")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            record.string = record.toUnicode().replace("DejaVu Sans", "DejaVu Sans WinAnsi").replace("DejaVuSans", "DejaVuSansWinAnsi")
    font.save(f"{face}-WinAnsi.ttf")
PY
