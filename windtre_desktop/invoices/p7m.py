"""CAdES/PKCS#7 (.p7m) envelopes: asn1crypto reads the CMS SignedData (DER or BER), cryptography checks the signature."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from asn1crypto import cms, core, parser, x509

MAX_SIZE = 20 * 1024 * 1024  # checked before any parsing
MAX_SIGNERS = 16  # each one costs a signature check; a signed invoice has one or two
_MAX_CHUNK_DEPTH = 8  # BER strings in chunks of chunks: signing tools write one level

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


class P7mDetached(P7mDamaged):
    """The SignedData holds no content: a detached signature, the signed file travels separately."""


class P7mSignerCertificateMissing(P7mDamaged):
    """A signer's certificate is not in the envelope, so its signature cannot be checked."""


class P7mSignatureInvalid(Exception):
    """The envelope parses but its signature does not match the content."""


class _Chunks(core.SequenceOf):
    """The elements inside a constructed (BER) string, each kept as read."""

    _child_spec = core.Any


def looks_like_p7m(data: bytes) -> bool:
    return len(data) > 2 and data[0] == 0x30


@dataclass(frozen=True)
class _Signer:
    digest: str  # hashlib / cryptography name
    signed_attrs: bytes | None  # the attributes as the signature covers them: a SET OF, not [0]
    message_digest: bytes | None
    pss: bool
    signature: bytes
    public_key: bytes | None  # the certificate's SubjectPublicKeyInfo, None when it is not in the file


def extract_signed_content(data: bytes) -> bytes:
    """Return the signed content of a CMS SignedData envelope after checking its signature.

    Raises P7mDamaged (or its P7mDetached / P7mSignerCertificateMissing) when the structure is
    unreadable or incomplete, P7mSignatureInvalid when the content does not match its digest or
    signature. The certificate chain is not validated.
    """
    if len(data) > MAX_SIZE:
        raise P7mDamaged(f"envelope too large ({len(data)} bytes)")
    try:
        content, signers = _read(data)
    except P7mDamaged:
        raise
    except Exception as exc:  # asn1crypto parses lazily: a malformed field raises at first use, of any type
        raise P7mDamaged(f"unreadable CMS structure ({type(exc).__name__}: {exc})") from exc
    for signer in signers:
        _verify(signer, content)
    return content


def _read(data: bytes) -> tuple[bytes, list[_Signer]]:
    info = cms.ContentInfo.load(data)
    if info["content_type"].dotted != OID_SIGNED_DATA or not isinstance(info["content"], cms.SignedData):
        raise P7mDamaged("not a CMS SignedData")
    signed_data = info["content"]
    content = _content(signed_data["encap_content_info"].contents)
    certificates = signed_data["certificates"]
    certificates = [] if isinstance(certificates, core.Void) else [
        choice.chosen for choice in certificates if choice.name == "certificate"]
    signer_infos = signed_data["signer_infos"]
    if not len(signer_infos):
        raise P7mDamaged("no signer")
    if len(signer_infos) > MAX_SIGNERS:
        raise P7mDamaged(f"{len(signer_infos)} signers, more than {MAX_SIGNERS}")
    return content, [_signer(signer_info, certificates) for signer_info in signer_infos]


def _content(encapsulated: bytes) -> bytes:
    """The signed bytes from the encapContentInfo's contents: its type, then an optional [0] with an OCTET STRING."""
    type_size = parser.peek(encapsulated)
    if type_size == len(encapsulated):
        raise P7mDetached("the SignedData holds no content: the signature is detached")
    class_, _, tag, _, inner, _ = parser.parse(encapsulated[type_size:], strict=True)
    if (class_, tag) != (2, 0):
        raise P7mDamaged("the signed content is not tagged [0]")
    return _octets(inner, 0)


def _octets(encoded: bytes, depth: int) -> bytes:
    """An OCTET STRING's value. BER may split it in chunks (nested, definite or indefinite): they are joined.

    asn1crypto's OctetString only accepts chunks inside an indefinite length, so they are walked here.
    """
    class_, constructed, tag, _, contents, _ = parser.parse(encoded, strict=True)
    if (class_, tag) != (0, 4):
        raise P7mDamaged("the signed content is not an octet string")
    if not constructed:
        return contents
    if depth >= _MAX_CHUNK_DEPTH:
        raise P7mDamaged("octet string chunks nested too deep")
    return b"".join(_octets(chunk.dump(), depth + 1) for chunk in _Chunks(contents=contents))


def _signer(signer_info: cms.SignerInfo, certificates: list[x509.Certificate]) -> _Signer:
    digest_oid = signer_info["digest_algorithm"]["algorithm"].dotted
    digest = _DIGESTS.get(digest_oid)
    if digest is None:
        raise P7mDamaged(f"unsupported digest {digest_oid}")
    attributes = signer_info["signed_attrs"]
    signed_attrs = message_digest = None
    if not isinstance(attributes, core.Void):
        signed_attrs = b"\x31" + attributes.dump()[1:]  # the bytes as read, with the SET OF tag instead of [0]
        for attribute in attributes:
            if attribute["type"].dotted == OID_MESSAGE_DIGEST:
                message_digest = attribute["values"][0].native
        if message_digest is None:
            raise P7mDamaged("no message digest attribute")
    certificate = _certificate_of(signer_info["sid"], certificates)
    return _Signer(digest, signed_attrs, message_digest,
                   signer_info["signature_algorithm"]["algorithm"].dotted == _RSA_PSS,
                   signer_info["signature"].native,
                   None if certificate is None else certificate.public_key.dump())


def _certificate_of(sid: cms.SignerIdentifier, certificates: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate the signer identifier points at (issuer and serial, or subject key id), or None."""
    if sid.name == "issuer_and_serial_number":
        wanted = (sid.chosen["issuer"], sid.chosen["serial_number"].native)
    else:
        key_id = sid.chosen.native
    for certificate in certificates:
        try:
            if sid.name == "issuer_and_serial_number":
                if (certificate.issuer, certificate.serial_number) == wanted:
                    return certificate
            elif certificate.key_identifier == key_id:
                return certificate
        except Exception:  # an unreadable extra certificate is skipped, as it cannot be the signer's
            continue
    return None


def _verify(signer: _Signer, content: bytes) -> None:
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    if signer.message_digest is not None:
        if hashlib.new(signer.digest, content).digest() != signer.message_digest:
            raise P7mSignatureInvalid("message digest mismatch")
    if signer.public_key is None:
        raise P7mSignerCertificateMissing("the signer's certificate is not in the file")
    algorithm = getattr(hashes, signer.digest.upper())()
    signed_bytes = content if signer.signed_attrs is None else signer.signed_attrs
    try:
        key = serialization.load_der_public_key(signer.public_key)
        if isinstance(key, rsa.RSAPublicKey):
            if signer.pss:
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
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise P7mDamaged(f"unreadable signer key ({exc})") from exc
