""".p7m envelopes (CMS SignedData) built here: digests, RSA PKCS#1 v1.5 / RSA-PSS / ECDSA, BER, detached
signatures, missing certificates, and malformed bytes that must end in our own typed errors."""

from __future__ import annotations

import datetime
import hashlib

import pytest
from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from windtre_desktop.invoices import messages, p7m
from windtre_desktop.invoices.fatturapa import FatturaPAError, load_fatturapa

CONTENT = b"<?xml version='1.0'?><p:FatturaElettronica>signed content " + b"x" * 3000 + b"</p:FatturaElettronica>"
TYPED = (p7m.P7mDamaged, p7m.P7mSignatureInvalid)
HASHES = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
          "sha512": hashes.SHA512}


def _certificate(key, common_name: str = "windtre-desktop test signer", serial: int | None = None) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(serial or x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))


@pytest.fixture(scope="module")
def signers():
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return {"rsa": (rsa_key, _certificate(rsa_key)), "ec": (ec_key, _certificate(ec_key)),
            "other": (other_key, _certificate(other_key, "someone else"))}


def build(content: bytes, key, cert: x509.Certificate, *, digest: str = "sha256", pss: bool = False,
          signed_attrs: bool = True, by_key_id: bool = False, detached: bool = False,
          certificates: list[x509.Certificate] | None = None, attributes: list | None = None) -> bytes:
    """A DER ContentInfo/SignedData (version 3) made field by field, so every variant can be produced."""
    algorithm = HASHES[digest]()
    cert_asn1 = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    attrs = None
    to_sign = content
    if signed_attrs:
        if attributes is None:
            attributes = [{"type": "content_type", "values": ["data"]},
                          {"type": "message_digest", "values": [hashlib.new(digest, content).digest()]}]
        attrs = cms.CMSAttributes([cms.CMSAttribute(a) for a in attributes])
        to_sign = attrs.dump()  # a universal SET OF, as the signature covers it
    if isinstance(key, ec.EllipticCurvePrivateKey):
        signature = key.sign(to_sign, ec.ECDSA(algorithm))
        signature_algorithm = {"algorithm": f"{digest}_ecdsa"}
    elif pss:
        signature = key.sign(to_sign, padding.PSS(padding.MGF1(algorithm), algorithm.digest_size), algorithm)
        signature_algorithm = {"algorithm": "rsassa_pss", "parameters": {
            "hash_algorithm": {"algorithm": digest},
            "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": digest}},
            "salt_length": algorithm.digest_size, "trailer_field": "trailer_field_bc"}}
    else:
        signature = key.sign(to_sign, padding.PKCS1v15(), algorithm)
        signature_algorithm = {"algorithm": "rsassa_pkcs1v15"}
    if by_key_id:
        sid = cms.SignerIdentifier({"subject_key_identifier": cert_asn1.key_identifier})
    else:
        sid = cms.SignerIdentifier({"issuer_and_serial_number": {
            "issuer": cert_asn1.issuer, "serial_number": cert_asn1.serial_number}})
    signer_info = {"version": "v3" if by_key_id else "v1", "sid": sid, "digest_algorithm": {"algorithm": digest},
                   "signature_algorithm": signature_algorithm, "signature": signature}
    if attrs is not None:
        signer_info["signed_attrs"] = attrs
    signed_data = {
        "version": "v3", "digest_algorithms": [{"algorithm": digest}],
        "encap_content_info": {"content_type": "data", "content": None if detached else content},
        "signer_infos": [signer_info],
    }
    certificates = [cert] if certificates is None else certificates
    if certificates:
        signed_data["certificates"] = [
            asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in certificates]
    return cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(signed_data)}).dump()


def sign_with_cryptography(content: bytes, key, cert, *, detached: bool = False) -> bytes:
    """A version 1 SignedData as cryptography writes it (as the sandbox's signed invoices are)."""
    options = [pkcs7.PKCS7Options.Binary] + ([pkcs7.PKCS7Options.DetachedSignature] if detached else [])
    return (pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, options))


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return tag + _length(len(body)) + body


def _indefinite(tag: bytes, *parts: bytes) -> bytes:
    return tag + b"\x80" + b"".join(parts) + b"\x00\x00"


def _with_encap(der: bytes, encap: bytes, wrap=_tlv) -> bytes:
    """`der` with its encapContentInfo replaced by `encap`, the three enclosing elements wrapped by `wrap`."""
    info = cms.ContentInfo.load(der)
    signed_data = info["content"]
    signed = wrap(b"\x30", signed_data["version"].dump(), signed_data["digest_algorithms"].dump(), encap,
                  signed_data["certificates"].dump(), signed_data["signer_infos"].dump())
    return wrap(b"\x30", info["content_type"].dump(), wrap(b"\xa0", signed))


def to_ber(der: bytes, chunk: int = 1000) -> bytes:
    """The same envelope as signing tools often write it: indefinite lengths, content in OCTET STRING chunks."""
    encap = cms.ContentInfo.load(der)["content"]["encap_content_info"]
    content = encap["content"].native
    pieces = [core.OctetString(content[i:i + chunk]).dump() for i in range(0, len(content), chunk)]
    encap_ber = _indefinite(b"\x30", encap["content_type"].dump(),
                            _indefinite(b"\xa0", _indefinite(b"\x24", *pieces)))
    return _with_encap(der, encap_ber, _indefinite)


def _tampered(data: bytes) -> bytes:
    changed = data.replace(b"signed content", b"SIGNED CONTENT")
    assert changed != data
    return changed


# --- what verifies, and the same envelope with its content changed --------------------------------

KINDS = ([("rsa", digest, False) for digest in HASHES] + [("rsa", "sha256", True), ("rsa", "sha512", True)]
         + [("ec", "sha256", False), ("ec", "sha384", False)])


@pytest.mark.parametrize("signed_attrs", [True, False], ids=["signed-attrs", "no-signed-attrs"])
@pytest.mark.parametrize("kind,digest,pss", KINDS, ids=[f"{k}-{d}{'-pss' if p else ''}" for k, d, p in KINDS])
def test_supported_signatures_verify_and_tampering_is_caught(signers, kind, digest, pss, signed_attrs):
    key, cert = signers[kind]
    der = build(CONTENT, key, cert, digest=digest, pss=pss, signed_attrs=signed_attrs)
    assert p7m.extract_signed_content(der) == CONTENT
    with pytest.raises(p7m.P7mSignatureInvalid):
        p7m.extract_signed_content(_tampered(der))


def test_signer_found_by_subject_key_identifier(signers):
    key, cert = signers["ec"]
    other_key, other_cert = signers["other"]
    der = build(CONTENT, key, cert, by_key_id=True, certificates=[other_cert, cert])
    assert p7m.extract_signed_content(der) == CONTENT


def test_signer_is_matched_by_issuer_and_serial_among_several_certificates(signers):
    key, cert = signers["rsa"]
    _, other_cert = signers["other"]
    assert p7m.extract_signed_content(build(CONTENT, key, cert, certificates=[other_cert, cert])) == CONTENT


def test_a_certificate_with_the_same_serial_from_another_issuer_is_not_the_signer(signers):
    key, cert = signers["rsa"]
    other_key, _ = signers["other"]
    impostor = _certificate(other_key, "another issuer", serial=cert.serial_number)
    assert p7m.extract_signed_content(build(CONTENT, key, cert, certificates=[impostor, cert])) == CONTENT
    with pytest.raises(p7m.P7mSignerCertificateMissing):
        p7m.extract_signed_content(build(CONTENT, key, cert, certificates=[impostor]))


def test_signature_by_another_key_is_invalid(signers):
    key, _ = signers["other"]
    _, cert = signers["rsa"]
    with pytest.raises(p7m.P7mSignatureInvalid, match="^signature mismatch$"):
        p7m.extract_signed_content(build(CONTENT, key, cert))


@pytest.mark.parametrize("maker", ["cryptography", "asn1crypto"])
def test_ber_indefinite_lengths_and_chunked_content(signers, maker):
    key, cert = signers["rsa"]
    der = sign_with_cryptography(CONTENT, key, cert) if maker == "cryptography" else build(CONTENT, key, cert)
    ber = to_ber(der)
    assert ber != der and b"\x24\x80" in ber
    assert p7m.extract_signed_content(ber) == CONTENT
    with pytest.raises(p7m.P7mSignatureInvalid):
        p7m.extract_signed_content(_tampered(ber))


def test_content_in_chunks_with_definite_lengths_and_chunks_of_chunks(signers):
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    data_type = core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()
    half = len(CONTENT) // 2
    first, second = core.OctetString(CONTENT[:half]).dump(), core.OctetString(CONTENT[half:]).dump()
    for chunked in (_tlv(b"\x24", first, second), _tlv(b"\x24", _tlv(b"\x24", first), _indefinite(b"\x24", second)),
                    _indefinite(b"\x24", _tlv(b"\x24", first, _tlv(b"\x24", second)))):
        envelope = _with_encap(der, _tlv(b"\x30", data_type, _tlv(b"\xa0", chunked)))
        assert p7m.extract_signed_content(envelope) == CONTENT
        with pytest.raises(p7m.P7mSignatureInvalid):
            p7m.extract_signed_content(_tampered(envelope))


def test_unsupported_digest_and_missing_message_digest_are_damaged(signers):
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    sha3_256 = core.ObjectIdentifier("2.16.840.1.101.3.4.2.8").dump()  # same length, not supported
    sha256 = core.ObjectIdentifier("2.16.840.1.101.3.4.2.1").dump()
    with pytest.raises(p7m.P7mDamaged, match="unsupported digest"):
        p7m.extract_signed_content(der.replace(sha256, sha3_256))
    no_digest = build(CONTENT, key, cert, attributes=[{"type": "content_type", "values": ["data"]}])
    with pytest.raises(p7m.P7mDamaged, match="^no message digest attribute$"):
        p7m.extract_signed_content(no_digest)
    empty = build(CONTENT, key, cert, attributes=[{"type": "message_digest", "values": []}])
    with pytest.raises(p7m.P7mDamaged):  # asn1crypto gives an IndexError there, not a ValueError
        p7m.extract_signed_content(empty)


# --- new: a detached signature, a missing signer certificate ---------------------------------------

@pytest.mark.parametrize("maker", ["cryptography", "asn1crypto"])
def test_detached_signature_is_told_apart(signers, maker):
    key, cert = signers["rsa"]
    if maker == "cryptography":
        data = sign_with_cryptography(CONTENT, key, cert, detached=True)
    else:
        data = build(CONTENT, key, cert, detached=True)
    assert CONTENT not in data
    with pytest.raises(p7m.P7mDetached):
        p7m.extract_signed_content(data)
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert caught.value.message == messages.signed_file_detached()
    assert "detached" in caught.value.message.render()


@pytest.mark.parametrize("certificates", ["none", "another signer's"])
def test_missing_signer_certificate_is_told_apart(signers, certificates):
    key, cert = signers["rsa"]
    _, other_cert = signers["other"]
    data = build(CONTENT, key, cert, certificates=[] if certificates == "none" else [other_cert])
    with pytest.raises(p7m.P7mSignerCertificateMissing):
        p7m.extract_signed_content(data)
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert caught.value.message == messages.signer_certificate_missing()
    assert "certificate" in caught.value.message.render()


def test_the_new_kinds_are_still_damaged_files_for_older_callers():
    assert issubclass(p7m.P7mDetached, p7m.P7mDamaged)
    assert issubclass(p7m.P7mSignerCertificateMissing, p7m.P7mDamaged)


# --- limits and malformed input: always one of our two errors --------------------------------------

def test_oversized_envelope_is_refused_before_parsing(signers):
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    assert p7m.extract_signed_content(der + b"\x00" * 16) == CONTENT  # trailing bytes alone are tolerated
    with pytest.raises(p7m.P7mDamaged, match="too large"):
        p7m.extract_signed_content(der + b"\x00" * (p7m.MAX_SIZE - len(der) + 1))


def test_too_many_signers_are_refused(signers):
    key, cert = signers["rsa"]
    info = cms.ContentInfo.load(build(CONTENT, key, cert))
    signed_data = info["content"]
    signed_data["signer_infos"] = [signed_data["signer_infos"][0]] * (p7m.MAX_SIGNERS + 1)
    with pytest.raises(p7m.P7mDamaged, match="signers"):
        p7m.extract_signed_content(info.dump(force=True))


@pytest.mark.parametrize("data", [
    b"\x30", b"\x30\x00", b"\x30\x80", b"\x30\x80" * 2000, b"\x30\x82\xff\xff" + b"\x00" * 40,
    b"\x30\x84\xff\xff\xff\xff\x06", b"\x30\x03\x06\x01\x00", b"\x30\x0b\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02",
    b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x00",
    b"\x30\x0f\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x02\x30\x00",
], ids=lambda d: d[:12].hex())
def test_malformed_envelopes_are_damaged(data):
    with pytest.raises(p7m.P7mDamaged):
        p7m.extract_signed_content(data)


def test_deeply_nested_content_is_damaged_not_a_crash(signers):
    nested = _tlv(b"\x04", b"a")
    for _ in range(5000):  # a constructed OCTET STRING 5000 levels deep
        nested = _tlv(b"\x24", nested)
    encap = _tlv(b"\x30", core.ObjectIdentifier("1.2.840.113549.1.7.1").dump(), _tlv(b"\xa0", nested))
    key, cert = signers["rsa"]
    with pytest.raises(p7m.P7mDamaged):
        p7m.extract_signed_content(_with_encap(build(b"a", key, cert), encap))


@pytest.fixture(scope="module")
def valid_envelopes(signers):
    key, cert = signers["rsa"]
    der = build(CONTENT[:200], key, cert)
    return der, to_ber(der, chunk=64)


def _outcome(data: bytes, content: bytes) -> None:
    """Either a typed error, or exactly the signed content: never another exception, never other bytes."""
    try:
        result = p7m.extract_signed_content(data)
    except TYPED:
        return
    assert result == content


def test_every_truncation_is_a_typed_error(valid_envelopes):
    for envelope in valid_envelopes:
        for end in range(len(envelope)):
            with pytest.raises(TYPED):
                p7m.extract_signed_content(envelope[:end])


@settings(max_examples=300, deadline=None)
@given(which=st.integers(0, 1), position=st.integers(0, 10**6), value=st.integers(0, 255), drop=st.booleans())
def test_mutated_envelopes_give_a_typed_error_or_the_signed_content(valid_envelopes, which, position, value, drop):
    envelope = valid_envelopes[which]
    position %= len(envelope)
    mutated = envelope[:position] + bytes([value]) + envelope[position + 1 + drop:]  # one byte changed, maybe one gone
    _outcome(mutated, CONTENT[:200])


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=0, max_size=400).map(lambda b: b"\x30" + b))
def test_random_bytes_give_a_typed_error(data):
    with pytest.raises(TYPED):
        p7m.extract_signed_content(data)


def test_bytes_after_the_signed_octet_string_are_refused():
    from windtre_desktop.invoices import p7m

    assert p7m._octets(b"\x04\x02ab", 0) == b"ab"
    with pytest.raises(ValueError, match="trailing data"):  # the caller reports it as a damaged file
        p7m._octets(b"\x04\x02ab\x00", 0)


# --- issue 16: each limit pinned at its edge, each refusal saying why ------------------------------

def _nested_chunks(levels: int) -> bytes:
    """CONTENT as an OCTET STRING inside `levels` constructed OCTET STRINGs, each holding the next."""
    nested = core.OctetString(CONTENT).dump()
    for _ in range(levels):
        nested = _tlv(b"\x24", nested)
    return nested


def test_chunks_nested_eight_deep_are_read_and_nine_deep_refused(signers):
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    data_type = core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()

    def envelope(levels: int) -> bytes:
        return _with_encap(der, _tlv(b"\x30", data_type, _tlv(b"\xa0", _nested_chunks(levels))))

    assert p7m.extract_signed_content(envelope(p7m._MAX_CHUNK_DEPTH)) == CONTENT
    with pytest.raises(p7m.P7mDamaged, match="^octet string chunks nested too deep$"):
        p7m.extract_signed_content(envelope(p7m._MAX_CHUNK_DEPTH + 1))


def test_an_element_after_the_signed_content_is_a_damaged_envelope(signers):
    """The encapContentInfo holds a type and one [0]: anything after it is refused, even though the
    signature over the content still verifies."""
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    data_type = core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()
    content = _tlv(b"\xa0", core.OctetString(CONTENT).dump())
    assert p7m.extract_signed_content(_with_encap(der, _tlv(b"\x30", data_type, content))) == CONTENT
    with pytest.raises(p7m.P7mDamaged, match="trailing data"):
        p7m.extract_signed_content(_with_encap(der, _tlv(b"\x30", data_type, content, core.Null().dump())))


def test_a_missing_certificate_and_an_unreadable_key_say_so(signers):
    key, cert = signers["rsa"]
    with pytest.raises(p7m.P7mSignerCertificateMissing, match="certificate is not in the file"):
        p7m.extract_signed_content(build(CONTENT, key, cert, certificates=[]))
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    rsa_key_start = b"\x00\x30\x82\x01\x0a"  # the BIT STRING's unused-bits byte, then the RSAPublicKey SEQUENCE
    assert spki.count(rsa_key_start) == 1
    der = build(CONTENT, key, cert)
    assert der.count(spki) == 1
    unreadable = der.replace(spki, spki.replace(rsa_key_start, b"\x00\x31\x82\x01\x0a"))  # a SET, not a SEQUENCE
    with pytest.raises(p7m.P7mDamaged, match="unreadable signer key"):
        p7m.extract_signed_content(unreadable)


def test_the_shortest_thing_taken_for_an_envelope_has_three_bytes():
    """looks_like_p7m: a SEQUENCE tag and at least two more bytes; shorter is not an envelope at all."""
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(b"\x30\x00")
    assert caught.value.message == messages.not_fatturapa()
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(b"\x30\x01\x05")
    assert caught.value.message == messages.signed_file_damaged()


def test_an_envelope_of_exactly_the_largest_size_is_read(signers):
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    assert p7m.extract_signed_content(der + b"\x00" * (p7m.MAX_SIZE - len(der))) == CONTENT


def test_exactly_the_most_signers_are_checked(signers):
    key, cert = signers["ec"]
    info = cms.ContentInfo.load(build(CONTENT, key, cert))
    info["content"]["signer_infos"] = [info["content"]["signer_infos"][0]] * p7m.MAX_SIGNERS
    assert p7m.extract_signed_content(info.dump(force=True)) == CONTENT


def _refusal(signers, kind: str) -> bytes:
    key, cert = signers["rsa"]
    der = build(CONTENT, key, cert)
    data_type = core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()
    if kind == "no signer":
        info = cms.ContentInfo.load(der)
        info["content"]["signer_infos"] = []
        return info.dump(force=True)
    if kind == "tagged [1]":
        return _with_encap(der, _tlv(b"\x30", data_type, _tlv(b"\xa1", core.OctetString(CONTENT).dump())))
    if kind == "an integer":
        return _with_encap(der, _tlv(b"\x30", data_type, _tlv(b"\xa0", core.Integer(5).dump())))
    if kind == "detached":
        return build(CONTENT, key, cert, detached=True)
    if kind == "signed data without content":
        return _tlv(b"\x30", core.ObjectIdentifier(p7m.OID_SIGNED_DATA).dump())
    if kind == "data, not signed data":
        return _tlv(b"\x30", data_type, _tlv(b"\xa0", core.OctetString(CONTENT).dump()))
    return b"\x30\x80"  # truncated


REASONS = {
    "no signer": "no signer",
    "tagged [1]": "the signed content is not tagged [0]",
    "an integer": "the signed content is not an octet string",
    "detached": "the SignedData holds no content: the signature is detached",
    "signed data without content": "not a CMS SignedData",
    "data, not signed data": "not a CMS SignedData",
    "truncated": "unreadable CMS structure (ValueError: Insufficient data - 1 bytes requested but only 0 available)",
}


@pytest.mark.parametrize("kind", list(REASONS))
def test_each_damaged_envelope_says_what_is_wrong(signers, kind):
    """The reason becomes the FatturaPA error's technical detail: it must name the check that failed."""
    with pytest.raises(p7m.P7mDamaged) as caught:
        p7m.extract_signed_content(_refusal(signers, kind))
    assert str(caught.value) == REASONS[kind]


def test_the_envelopes_reason_becomes_the_invoice_errors_detail(signers):
    key, cert = signers["rsa"]
    cases = [
        (_tampered(build(CONTENT, key, cert)), messages.signature_invalid(), "message digest mismatch"),
        (build(CONTENT, key, cert, detached=True), messages.signed_file_detached(), REASONS["detached"]),
        (build(CONTENT, key, cert, certificates=[]), messages.signer_certificate_missing(),
         "the signer's certificate is not in the file"),
        (_refusal(signers, "no signer"), messages.signed_file_damaged(), "no signer"),
    ]
    for data, message, detail in cases:
        with pytest.raises(FatturaPAError) as caught:
            load_fatturapa(data)
        assert (caught.value.message, caught.value.detail) == (message, detail)


def test_an_unreadable_certificate_before_the_signers_is_skipped(signers):
    key, cert = signers["rsa"]
    _, other = signers["other"]
    der = other.public_bytes(serialization.Encoding.DER)
    version_then_serial = b"\xa0\x03\x02\x01\x02\x02"  # [0] v3, then the serial number's INTEGER tag
    assert der.count(version_then_serial) == 1
    damaged = der.replace(version_then_serial, version_then_serial[:-1] + b"\x04")  # an OCTET STRING there

    class Unreadable:  # what build() asks of a certificate: its bytes
        def public_bytes(self, encoding) -> bytes:
            return damaged

    unreadable = Unreadable()
    assert p7m.extract_signed_content(build(CONTENT, key, cert, certificates=[unreadable, cert])) == CONTENT


def test_a_signer_key_that_is_neither_rsa_nor_ec_is_unsupported(signers):
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key, cert = signers["rsa"]
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "an Ed25519 signer")])
    now = datetime.datetime.now(datetime.UTC)
    ed_cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(ed25519.Ed25519PrivateKey.generate().public_key()).serial_number(7)
               .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
               .sign(key, hashes.SHA256()))
    with pytest.raises(p7m.P7mDamaged, match="^unsupported signature key$"):
        p7m.extract_signed_content(build(CONTENT, key, ed_cert))
