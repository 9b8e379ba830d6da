#!/usr/bin/env python3
"""Build the QGIS plugin zip: dist/crisis_platform-<version>.zip (run by `make plugin`).

The zip holds one folder, crisis_platform/, with the qgis_plugin package, metadata.txt, the QML styles and
pictograms from styles/, and the translations compiled from qgis_plugin/i18n/*.ts (lrelease, or the small
writer below when Qt's tools are not installed).

    scripts/build_plugin.py                 build the zip
    scripts/build_plugin.py --update-ts     add the plugin's new user-facing strings to the .ts files
"""

from __future__ import annotations

import argparse
import ast
import configparser
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "qgis_plugin"
I18N = PACKAGE / "i18n"
FOLDER = "crisis_platform"
CONTEXT = "CrisisPlatform"
LRELEASE_CANDIDATES = ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5")
SKIP = {"__pycache__", ".pytest_cache"}


def version() -> str:
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


# --- translations ------------------------------------------------------------------------------------
def ts_messages(path: Path) -> dict[str, str]:
    """{source: translation} of the finished messages of a .ts file."""
    messages = {}
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - the checkout's own .ts files
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
            messages[source] = translation.text or ""
    return messages


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def write_qm(messages: dict[str, str], path: Path, context: str = CONTEXT) -> None:
    """A .qm file Qt's QTranslator reads (hash table + messages with source and context kept)."""
    magic = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
    blob = bytearray()
    hashes = []
    for source, translation in messages.items():
        if not translation:
            continue
        offset = len(blob)
        text = translation.encode("utf-16-be")
        blob += struct.pack(">BI", 0x03, len(text)) + text  # Tag_Translation
        src = source.encode("utf-8")
        blob += struct.pack(">BI", 0x06, len(src)) + src  # Tag_SourceText
        ctx = context.encode("utf-8")
        blob += struct.pack(">BI", 0x07, len(ctx)) + ctx  # Tag_Context
        blob += struct.pack(">BI", 0x08, 0)  # Tag_Comment (empty)
        blob += b"\x01"  # Tag_End
        hashes.append((_elf_hash(src), offset))
    hashes.sort()
    table = b"".join(struct.pack(">II", h, o) for h, o in hashes)
    with open(path, "wb") as handle:
        handle.write(magic)
        handle.write(struct.pack(">BI", 0x42, len(table)) + table)  # Hashes
        handle.write(struct.pack(">BI", 0x69, len(blob)) + bytes(blob))  # Messages


def lrelease() -> str | None:
    for candidate in LRELEASE_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def compile_translations(target: Path) -> list[Path]:
    """Compile every .ts into target/*.qm; lrelease when installed, else the writer above."""
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    out = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        if tool:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)  # noqa: S603 - fixed arguments
        else:
            write_qm(ts_messages(ts), qm)
        out.append(qm)
    return out


def tr_literals() -> set[str]:
    """Every tr("literal") in the plugin's code."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def dynamic_strings() -> set[str]:
    """Strings passed to tr() through a name: algorithm titles, column titles. (The labels of the code lists are
    not translated here: they come in four languages from the database's vocabulary, definitions/vocabulary.py.)"""
    strings = set()
    # Class and module constants that go through tr() by name.
    for path in list((PACKAGE / "processing").glob("*.py")) + [
        PACKAGE / "core" / "layers.py",
        PACKAGE / "gui" / "situations_dock.py",
    ]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name in ("TITLE", "HELP") and isinstance(node.value, ast.Constant):
                    strings.add(node.value.value)
                if name == "COLUMNS" and isinstance(node.value, ast.Tuple):
                    strings |= {e.value for e in node.value.elts if isinstance(e, ast.Constant)}
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "LayerSpec"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                strings.add(node.args[1].value)
    return strings


def plugin_strings() -> set[str]:
    return {s for s in tr_literals() | dynamic_strings() if s}


def update_ts(languages=("fr", "nl", "de")) -> None:
    """Rewrite each .ts: new strings added as unfinished, strings the code no longer uses dropped."""
    strings = sorted(plugin_strings())
    for language in languages:
        path = I18N / f"crisis_platform_{language}.ts"
        known = ts_messages(path) if path.exists() else {}
        root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
        for source in strings:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if source in known:
                translation.text = known[source]
            else:
                translation.set("type", "unfinished")
        ET.indent(root)
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n",
            encoding="utf-8",
        )
        missing = [s for s in strings if s not in known]
        print(f"{path.name}: {len(strings)} strings, {len(missing)} to translate")


# --- the zip -----------------------------------------------------------------------------------------
def _copy_package(target: Path) -> None:
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if any(part in SKIP for part in relative.parts) or path.suffix in (".pyc", ".ts", ".qm"):
            continue
        destination = target / relative
        if path.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


def _copy_styles(target: Path) -> int:
    """The QML styles of the layers and the anchor pictograms the plugin uses."""
    count = 0
    for folder, pattern in (("qml", "*.qml"), ("pictograms", "*.svg")):
        for path in sorted((ROOT / "styles" / folder).glob(pattern)):
            destination = target / "styles" / folder / path.name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
            count += 1
    return count


def build(dist: Path = ROOT / "dist") -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / FOLDER
        staging.mkdir()
        _copy_package(staging)
        shutil.copy2(ROOT / "metadata.txt", staging / "metadata.txt")
        styles = _copy_styles(staging)
        qms = compile_translations(staging / "i18n")
        dist.mkdir(parents=True, exist_ok=True)
        archive = dist / f"{FOLDER}-{version()}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(staging.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(staging.parent).as_posix())
    shown = archive.relative_to(ROOT) if archive.is_relative_to(ROOT) else archive
    print(
        f"{shown}: {styles} style files, {len(qms)} translations "
        f"({'lrelease' if lrelease() else 'built-in .qm writer'})"
    )
    return archive


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update-ts", action="store_true", help="add new strings to the .ts files")
    args = parser.parse_args(argv)
    if args.update_ts:
        update_ts()
    else:
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
