"""CAdES/PKCS#7 (.p7m) envelopes: a minimal DER reader that extracts the signed content and checks the signature."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

_MAX_DEPTH = 48

OID_SIGNED_DATA = "1.2.840.113549.1.7.2"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
_DIGESTS = {
    "1.3.14.3.2.26": "sha1",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
    "2.16.840.1.101.3.4.2.4": "sha224",
}
_RSA_PSS = "1.2.840.113549.1.1.10"


class P7mDamaged(Exception):
    """The envelope cannot be parsed or lacks what a signed file must carry."""


class P7mSignatureInvalid(Exception):
    """The envelope parses but its signature does not match the content."""


@dataclass
class _Node:
    tag: int  # first identifier octet (class, constructed bit, low tag number)
    number: int
    raw: bytes  # the whole encoding
    content: bytes
    children: list[_Node] = field(default_factory=list)

    @property
    def constructed(self) -> bool:
        return bool(self.tag & 0x20)

    @property
    def context(self) -> bool:
        return self.tag & 0xC0 == 0x80

    def child(self, index: int) -> _Node:
        if index >= len(self.children):
            raise P7mDamaged(f"missing element {index} in tag {self.tag:#x}")
        return self.children[index]


def _parse(data: bytes, pos: int, end: int, depth: int) -> tuple[_Node, int]:
    if depth > _MAX_DEPTH:
        raise P7mDamaged("nesting too deep")
    start = pos
    if pos + 2 > end:
        raise P7mDamaged("truncated element")
    tag = data[pos]
    pos += 1
    number = tag & 0x1F
    if number == 0x1F:
        number = 0
        while True:
            if pos >= end:
                raise P7mDamaged("truncated tag")
            octet = data[pos]
            pos += 1
            number = (number << 7) | (octet & 0x7F)
            if not octet & 0x80:
                break
    if pos >= end:
        raise P7mDamaged("truncated length")
    first = data[pos]
    pos += 1
    constructed = bool(tag & 0x20)
    if first == 0x80:  # BER indefinite length: children up to an end-of-contents marker
        if not constructed:
            raise P7mDamaged("indefinite length on a primitive element")
        children = []
        content_start = pos
        while True:
            if pos + 2 > end:
                raise P7mDamaged("unterminated indefinite length")
            if data[pos] == 0 and data[pos + 1] == 0:
                content_end = pos
                pos += 2
                break
            node, pos = _parse(data, pos, end, depth + 1)
            children.append(node)
        return _Node(tag, number, data[start:pos], data[content_start:content_end], children), pos
    if first & 0x80:
        count = first & 0x7F
        if count > 4 or pos + count > end:
            raise P7mDamaged("bad length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    else:
        length = first
    if pos + length > end:
        raise P7mDamaged("element longer than its container")
    content = data[pos:pos + length]
    node = _Node(tag, number, data[start:pos + length], content)
    if constructed:
        inner = pos
        while inner < pos + length:
            child, inner = _parse(data, inner, pos + length, depth + 1)
            node.children.append(child)
    return node, pos + length


def _oid(node: _Node) -> str:
    if node.tag != 0x06 or not node.content:
        raise P7mDamaged("object identifier expected")
    body = node.content
    parts: list[int] = []
    value = 0
    for octet in body:
        value = (value << 7) | (octet & 0x7F)
        if not octet & 0x80:
            parts.append(value)
            value = 0
    first = parts[0]
    head = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    return ".".join(str(p) for p in head + parts[1:])


def _octets(node: _Node) -> bytes:
    """An OCTET STRING's value, joining the chunks of a constructed (BER) one."""
    if node.tag == 0x04:
        return node.content
    if node.tag == 0x24:
        return b"".join(_octets(c) for c in node.children)
    raise P7mDamaged("octet string expected")


def looks_like_p7m(data: bytes) -> bool:
    return len(data) > 2 and data[0] == 0x30


@dataclass(frozen=True)
class _Signer:
    digest: str
    signed_attrs: _Node | None
    signature_alg: str
    signature: bytes
    serial: int | None
    key_id: bytes | None


def extract_signed_content(data: bytes) -> bytes:
    """Return the signed content of a CMS SignedData envelope after checking its signature.

    Raises P7mDamaged when the structure is unreadable, P7mSignatureInvalid when the content
    does not match its digest or signature. The certificate chain is not validated.
    """
    try:
        root, end = _parse(data, 0, len(data), 0)
    except (IndexError, ValueError) as exc:
        raise P7mDamaged(str(exc)) from exc
    if root.tag != 0x30 or _oid(root.child(0)) != OID_SIGNED_DATA:
        raise P7mDamaged("not a CMS SignedData")
    signed_data = root.child(1).child(0)
    encap = signed_data.child(2)
    if len(encap.children) < 2:
        raise P7mDamaged("the signed content is detached")
    content = b"".join(_octets(c) for c in encap.child(1).children)
    certificates: list[bytes] = []
    for node in signed_data.children[3:]:
        if node.context and node.number == 0:
            certificates = [c.raw for c in node.children if c.tag == 0x30]
    signer_set = signed_data.children[-1]
    if signer_set.tag != 0x31 or not signer_set.children:
        raise P7mDamaged("no signer")
    for signer_node in signer_set.children:
        _verify(_signer(signer_node), content, certificates)
    return content


def _signer(node: _Node) -> _Signer:
    sid = node.child(1)
    serial = key_id = None
    if sid.tag == 0x30:
        serial = int.from_bytes(sid.child(1).content, "big", signed=True)
    elif sid.context:
        key_id = sid.content
    digest_oid = _oid(node.child(2).child(0))
    rest = node.children[3:]
    signed_attrs = None
    if rest and rest[0].context and rest[0].number == 0:
        signed_attrs = rest[0]
        rest = rest[1:]
    if len(rest) < 2:
        raise P7mDamaged("incomplete signer info")
    digest = _DIGESTS.get(digest_oid)
    if digest is None:
        raise P7mDamaged(f"unsupported digest {digest_oid}")
    return _Signer(digest, signed_attrs, _oid(rest[0].child(0)), _octets(rest[1]), serial, key_id)


def _verify(signer: _Signer, content: bytes, certificates: list[bytes]) -> None:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    if signer.signed_attrs is not None:
        expected = None
        for attribute in signer.signed_attrs.children:
            if _oid(attribute.child(0)) == OID_MESSAGE_DIGEST:
                expected = _octets(attribute.child(1).child(0))
        if expected is None:
            raise P7mDamaged("no message digest attribute")
        if hashlib.new(signer.digest, content).digest() != expected:
            raise P7mSignatureInvalid("message digest mismatch")
        # The signature covers the attributes DER-encoded as a SET OF, not with their [0] tag.
        signed_bytes = b"\x31" + signer.signed_attrs.raw[1:]
    else:
        signed_bytes = content
    certificate = None
    for der in certificates:
        try:
            candidate = x509.load_der_x509_certificate(der)
        except ValueError:
            continue
        if signer.serial is not None and candidate.serial_number == signer.serial:
            certificate = candidate
        elif signer.key_id is not None:
            try:
                ski = candidate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
            except x509.ExtensionNotFound:
                continue
            if ski.value.digest == signer.key_id:
                certificate = candidate
    if certificate is None:
        raise P7mDamaged("the signer's certificate is not in the file")
    algorithm = getattr(hashes, signer.digest.upper())()
    key = certificate.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if signer.signature_alg == _RSA_PSS:
                pad: padding.AsymmetricPadding = padding.PSS(padding.MGF1(algorithm), padding.PSS.AUTO)
            else:
                pad = padding.PKCS1v15()
            key.verify(signer.signature, signed_bytes, pad, algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signer.signature, signed_bytes, ec.ECDSA(algorithm))
        else:
            raise P7mDamaged("unsupported signature key")
    except InvalidSignature as exc:
        raise P7mSignatureInvalid("signature mismatch") from exc
