"""Checks of what a client may say inside a request: QGIS expressions, WMS SQL filters, OGC XML, names.

Everything here either returns a value safe to hand to QGIS Server or raises OwsError. A QGIS expression may
only use columns, literals, operators and a list of pure functions (no aggregate, get_feature, overlay_*, env,
var, eval...: those read other layers or the server). A WMS FILTER reaches PostgreSQL as SQL, so it is parsed
here and written out again from its parts, never passed on as the client wrote it.
"""

from __future__ import annotations

import re
from xml.parsers import expat

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from .errors import OwsError
from .layers import LAYERS

_PREFIXED = re.compile(r"^(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][A-Za-z0-9_]{0,62})$")

# Pure functions of the feature's own values: nothing that reads another layer, a file, the environment.
SAFE_FUNCTIONS = frozenset(
    """
$geometry $id $area $length $perimeter $x $y
abs ceil floor round sqrt min max clamp to_int to_real to_string to_date to_datetime to_time to_interval
lower upper title trim length left right substr concat coalesce nullif strpos replace regexp_match
now day month year hour minute second week day_of_week age epoch
geom_from_wkt geom_from_gml geom_from_geojson geomfromwkt make_point make_point_m make_rectangle_3points
intersects disjoint within contains overlaps touches crosses equals bbox buffer transform centroid
x y area length perimeter distance
""".split()
)

_COMPARISONS = {"=", "!=", "<>", "<", "<=", ">", ">="}

# What a client may call a layer's geometry: its column (geom, area, location) or the generic name.
GEOMETRY_NAMES = frozenset({"geometry"} | {spec.geometry_column for spec in LAYERS})


def bad(message: str, code: str = "InvalidParameterValue") -> OwsError:
    return OwsError(code, message)


def field_name(name: str, known: frozenset[str], what: str) -> str:
    """A bare or prefixed (qgs:kind) field name that some published layer has."""
    match = _PREFIXED.match(name.strip())
    if not match or match.group(1) not in known:
        raise bad(f"{what}: unknown field {name.strip()[:80]!r}")
    return match.group(1)


MAX_EXPRESSION_DEPTH = 2000
MAX_EXPRESSION_NODES = 20_000


# --- QGIS expressions (EXP_FILTER) ---------------------------------------------------------------------
def check_expression(text: str, known_fields: frozenset[str], what: str = "EXP_FILTER") -> None:
    from qgis.core import QgsExpression

    expression = QgsExpression(text)
    if expression.hasParserError():
        raise bad(f"{what} is not a valid expression: {expression.parserErrorString()}")
    functions = QgsExpression.Functions()
    # Iteratively, with bounds: a long chain of OR is deep, and QGIS evaluates it recursively.
    pending, seen = [(expression.rootNode(), 1)], 0
    while pending:
        node, depth = pending.pop()
        seen += 1
        if depth > MAX_EXPRESSION_DEPTH or seen > MAX_EXPRESSION_NODES:
            raise bad(f"{what} is too large (at most {MAX_EXPRESSION_NODES} parts, {MAX_EXPRESSION_DEPTH} deep)")
        pending.extend((child, depth + 1) for child in _expression_children(node, known_fields, functions, what))


def _expression_children(node, known_fields: frozenset[str], functions, what: str) -> list:
    """The nodes under `node`, or OwsError where `node` is not allowed."""
    from qgis.core import QgsExpressionNode

    kind = node.nodeType()
    if kind == QgsExpressionNode.ntLiteral:
        return []
    if kind == QgsExpressionNode.ntColumnRef:
        if node.name() not in known_fields:
            raise bad(f"{what}: unknown field {node.name()[:80]!r}")
        return []
    if kind == QgsExpressionNode.ntBinaryOperator:
        return [node.opLeft(), node.opRight()]
    if kind == QgsExpressionNode.ntUnaryOperator:
        return [node.operand()]
    if kind == QgsExpressionNode.ntInOperator:
        return [node.node(), *node.list().list()]
    if kind == QgsExpressionNode.ntCondition:
        found = [n for wt in node.conditions() for n in (wt.whenExp(), wt.thenExp())]
        return found + ([node.elseExp()] if node.elseExp() is not None else [])
    if kind == QgsExpressionNode.ntFunction:
        name = functions[node.fnIndex()].name()
        if name.lower() not in SAFE_FUNCTIONS:
            raise bad(f"{what}: the function {name!r} is not allowed here")
        return list(node.args().list()) if node.args() is not None else []
    raise bad(f"{what}: this kind of expression is not allowed here")


# --- WMS FILTER (SQL that QGIS hands to PostgreSQL) ------------------------------------------------------
_TOKEN = re.compile(
    r"""\s*(?:
    (?P<string>'(?:[^'\\]|'')*')
  | (?P<ident>"[A-Za-z_][A-Za-z0-9_]{0,62}")
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<op><=|>=|<>|!=|=|<|>|\(|\)|,)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
)""",
    re.VERBOSE,
)
_KEYWORDS = {"AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "ILIKE", "TRUE", "FALSE"}


def _sql_tokens(text: str) -> list[tuple[str, str]]:
    tokens, pos, text = [], 0, text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise bad(f"FILTER: cannot read {text[pos : pos + 20]!r}")
        kind = match.lastgroup
        value = match.group(kind)
        if kind == "word":
            if value.upper() in _KEYWORDS:
                kind, value = "kw", value.upper()
            else:
                kind, value = "ident", f'"{value}"'
        tokens.append((kind, value))
        pos = match.end()
    return tokens


class _SqlFilter:
    """Recursive descent over the small SQL grammar QGIS Server accepts in WMS FILTER, writing it out again
    with every token separated by a space (the form QGIS's own safety check reads) and parentheses balanced."""

    def __init__(self, text: str, known: frozenset[str]):
        self.tokens, self.i, self.known, self.out = _sql_tokens(text), 0, known, []

    def peek(self, value=None, kind=None):
        if self.i >= len(self.tokens):
            return None
        tok = self.tokens[self.i]
        if (value is None or tok[1] == value) and (kind is None or tok[0] == kind):
            return tok
        return None

    def take(self, value=None, kind=None):
        tok = self.peek(value, kind)
        if tok is None:
            found = self.tokens[self.i][1] if self.i < len(self.tokens) else "the end"
            raise bad(f"FILTER: expected {value or kind}, found {found[:40]!r}")
        self.i += 1
        self.out.append(tok[1])
        return tok

    def parse(self) -> str:
        self.or_expr()
        if self.i != len(self.tokens):
            raise bad(f"FILTER: unexpected {self.tokens[self.i][1][:40]!r}")
        return " ".join(self.out)

    def or_expr(self):
        self.and_expr()
        while self.peek("OR"):
            self.take("OR")
            self.and_expr()

    def and_expr(self):
        self.not_expr()
        while self.peek("AND"):
            self.take("AND")
            self.not_expr()

    def not_expr(self):
        if self.peek("NOT"):
            self.take("NOT")
            self.not_expr()
        else:
            self.predicate()

    def literal(self):
        for kind in ("string", "number"):
            if self.peek(kind=kind):
                return self.take(kind=kind)
        for word in ("NULL", "TRUE", "FALSE"):
            if self.peek(word):
                return self.take(word)
        raise bad("FILTER: expected a value")

    def operand(self):
        if self.peek(kind="ident"):
            name = self.tokens[self.i][1].strip('"')
            if name not in self.known:
                raise bad(f"FILTER: unknown field {name!r}")
            return self.take(kind="ident")
        return self.literal()

    def predicate(self):
        if self.peek("("):
            self.take("(")
            self.or_expr()
            self.take(")")
            return
        self.operand()
        tok = self.peek()
        if tok and tok[1] in _COMPARISONS:
            self.take()
            self.operand()
        elif self.peek("IS"):
            self.take("IS")
            if self.peek("NOT"):
                self.take("NOT")
            self.take("NULL")
        else:
            if self.peek("NOT"):
                self.take("NOT")
            if self.peek("IN"):
                self.take("IN")
                self.take("(")
                self.literal()
                while self.peek(","):
                    self.take(",")
                    self.literal()
                self.take(")")
            elif self.peek("LIKE") or self.peek("ILIKE"):
                self.take()
                self.take(kind="string")
            else:
                raise bad("FILTER: expected a comparison")


def rewrite_wms_filter(value: str, layer_fields: dict[str, frozenset[str]]) -> str:
    """`layer:sql;layer:sql` checked and written out again from its tokens."""
    parts = []
    for part in value.split(";"):
        if not part.strip():
            continue
        layer, sep, sql = part.partition(":")
        layer = layer.strip()
        if not sep or layer not in layer_fields:
            raise bad(f"FILTER: unknown layer {layer[:80]!r} (write layer:condition)", "LayerNotDefined")
        if "\\" in sql or ":" in sql:
            raise bad("FILTER: backslashes and colons are not allowed in a condition")
        parts.append(f"{layer}:{_SqlFilter(sql, layer_fields[layer]).parse()}")
    return ";".join(parts)


_NAME_LIST = re.compile(r"^[\w\s,:()*.]*$")


def check_name_list(value: str, known_fields: frozenset[str], what: str, sort: bool = False) -> None:
    """PROPERTYNAME (a,b)(c) or SORTBY a A,b DESC: field names only, with a direction for sorting."""
    if not _NAME_LIST.match(value):
        raise bad(f"{what}: only field names are allowed")
    for item in re.split(r"[(),]", value):
        words = item.split()
        if not words:
            continue
        if sort and len(words) == 2 and words[1].upper() in ("A", "D", "ASC", "DESC"):
            words = words[:1]
        if len(words) != 1:
            raise bad(f"{what}: cannot read {item.strip()[:80]!r}")
        if words[0] != "*":
            field_name(words[0], known_fields | GEOMETRY_NAMES, what)


# --- OGC XML (filters, SLD, WFS requests) --------------------------------------------------------------
# What any OGC request or filter needs, with room to spare; beyond it QGIS's own XML reading crashes (deep nesting)
# or takes quadratic time (thousands of attributes on one element).
MAX_XML_DEPTH = 48
MAX_XML_ATTRIBUTES = 32
MAX_XML_ELEMENTS = 500_000


class _XmlTooBig(Exception):
    pass


def _xml_within_limits(raw: bytes, what: str) -> None:
    """One streaming pass (expat, nothing kept) that stops at the first element past the limits."""
    parser = expat.ParserCreate()
    depth = count = 0

    def start(_name, attributes):
        nonlocal depth, count
        depth += 1
        count += 1
        if depth > MAX_XML_DEPTH:
            raise _XmlTooBig(f"{what}: XML nested deeper than {MAX_XML_DEPTH} levels is refused")
        if len(attributes) > MAX_XML_ATTRIBUTES * 2:  # a flat list: name, value, name, value...
            raise _XmlTooBig(f"{what}: an XML element with more than {MAX_XML_ATTRIBUTES} attributes is refused")
        if count > MAX_XML_ELEMENTS:
            raise _XmlTooBig(f"{what}: more than {MAX_XML_ELEMENTS} XML elements are refused")

    def end(_name):
        nonlocal depth
        depth -= 1

    def refuse(*_args):
        raise _XmlTooBig(f"{what}: XML with a DTD or entities is refused")

    parser.ordered_attributes = True
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = refuse
    try:
        parser.Parse(raw, True)
    except _XmlTooBig as exc:
        raise bad(str(exc)) from None
    except expat.ExpatError as exc:
        raise bad(f"{what}: malformed XML ({expat.ErrorString(exc.code)}, line {exc.lineno})") from None


def parse_xml(data: bytes | str, what: str):
    """Parse with DTDs, entities and external references refused (XXE, billion laughs), and with limits on depth,
    attributes and elements checked first."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    lowered = raw.lower()
    for marker in (b"<!doctype", b"<!entity"):
        for encoded in (marker, marker.decode().encode("utf-16-le"), marker.decode().encode("utf-16-be")):
            if encoded in lowered:
                raise bad(f"{what}: XML with a DTD or entities is refused")
    _xml_within_limits(raw, what)
    try:
        return SafeET.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise bad(f"{what}: XML with a DTD or entities is refused") from None
    except SafeET.ParseError as exc:
        raise bad(f"{what}: malformed XML ({exc})") from None


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def check_xml_tree(root, known_fields: frozenset[str], what: str) -> None:
    """Functions must be pure, property names must be fields, nothing may point outside (xlink:href)."""
    for element in root.iter():
        name = local(element.tag)
        if name == "Function":
            function = (element.get("name") or "").lower()
            if function not in SAFE_FUNCTIONS:
                raise bad(f"{what}: the function {element.get('name')!r} is not allowed here")
        elif name in ("PropertyName", "ValueReference"):
            field_name(element.text or "", known_fields | GEOMETRY_NAMES, what)
        for attribute in element.attrib:
            if local(attribute) == "href" or attribute.endswith("}href"):
                raise bad(f"{what}: links to other resources (xlink:href) are not allowed")


# QGIS Server reads the WFS FILTER as the parenthesised groups it holds (one per type name), else as a whole.
_GROUP = re.compile(r"\(([^()]+)\)")


def check_xml_filters(value: str, known_fields: frozenset[str], what: str = "FILTER") -> None:
    """One XML filter, or several in parentheses (<Filter>...</Filter>)(<Filter>...</Filter>): each one QGIS
    will read must parse safely."""
    for piece in _GROUP.findall(value) or [value]:
        check_xml_tree(parse_xml(piece.strip(), what), known_fields, what)
