"""The response wrapper, its media types (JSON, NDJSON for /sync), error codes and their Italian/English messages."""

from __future__ import annotations

import json

OK_PREFIX = b'{"status":"OK","errorCodes":[],"messages":[],"data":'
NDJSON = "application/x-ndjson"

MESSAGES: dict[str, dict[str, str]] = {
    "ERR-AUTH-01": {
        "it": "Username o password non corretti. Attenzione: username e password distinguono maiuscole e minuscole.",
        "en": "Wrong username or password. Note: username and password are case-sensitive.",
    },
    "ERR-AUTH-02": {
        "it": "La sessione è scaduta o non è valida: accedi di nuovo.",
        "en": "Your session has expired or is not valid: please log in again.",
    },
    "ERR-AUTH-03": {
        "it": "Il tuo profilo non è abilitato a questa operazione.",
        "en": "Your profile is not allowed to do this.",
    },
    "ERR-AUTH-04": {
        "it": "Le credenziali Wind o Tre non sono più valide: effettua una nuova registrazione.",
        "en": "Old Wind or Tre credentials are no longer valid: please register again.",
    },
    "ERR-VAL-01": {
        "it": "Il campo «{field}» non è valido.",
        "en": "The field “{field}” is not valid.",
    },
    "ERR-RATE-01": {
        "it": "Troppe richieste: riprova tra {seconds} secondi.",
        "en": "Too many requests: try again in {seconds} seconds.",
    },
    "ERR-SYNC-01": {
        "it": "Il cursore di sincronizzazione non è più valido: serve una sincronizzazione completa.",
        "en": "The sync cursor is no longer valid: a full sync is needed.",
    },
    "ERR-SRV-01": {
        "it": "Errore interno del server. Riprova più tardi.",
        "en": "Internal server error. Please try again later.",
    },
    "ERR-AUTH-05": {
        "it": "Hai effettuato l'accesso con una password temporanea: prima di continuare scegli una nuova password.",
        "en": "You signed in with a temporary password: choose a new password before you continue.",
    },
    "ERR-AUTH-06": {
        "it": "La rete non ha riconosciuto la tua linea. Per accedere direttamente collegati tramite la rete "
        "mobile WINDTRE (anche in tethering), oppure accedi con username e password.",
        "en": "The network did not identify your line. To sign in directly, connect through the WINDTRE "
        "mobile network (tethering too), or sign in with username and password.",
    },
    "ERR-AUTH-07": {
        "it": "La linea {msisdn} non ha un account con cui accedere direttamente: crea un account dipendente "
        "oppure accedi con username e password.",
        "en": "The line {msisdn} has no account to sign in with directly: create an employee account or "
        "sign in with username and password.",
    },
    "ERR-REG-01": {
        "it": "I dati inseriti non corrispondono a quelli della proposta di contratto firmata. "
        "Controllali e riprova.",
        "en": "The data you entered do not match the signed contract proposal. Check them and try again.",
    },
    "ERR-REG-02": {
        "it": "Per questa Partita IVA esiste già uno User Admin e ne è ammesso uno solo. "
        "Chiedigli di creare per te un profilo Telco Manager.",
        "en": "This VAT number already has a User Admin, and only one is allowed. "
        "Ask them to create a Telco Manager profile for you.",
    },
    "ERR-REG-03": {
        "it": "Il codice di attivazione non è valido: copialo dall'email di attivazione.",
        "en": "The activation code is not valid: copy it from the activation email.",
    },
    "ERR-REG-04": {
        "it": "Il codice di attivazione è scaduto (vale 24 ore): ripeti la registrazione.",
        "en": "The activation code has expired (it lasts 24 hours): register again.",
    },
    "ERR-REG-05": {
        "it": "Il numero {msisdn} non è una linea mobile aziendale WINDTRE Business.",
        "en": "The number {msisdn} is not a WINDTRE Business company mobile line.",
    },
    "ERR-REG-06": {
        "it": "La linea {msisdn} ha già un account: accedi con il numero come username oppure recupera la password.",
        "en": "The line {msisdn} already has an account: sign in with the number as username, or recover "
        "the password.",
    },
    "ERR-OTP-01": {
        "it": "Il codice non è corretto. Tentativi rimasti: {attemptsLeft}.",
        "en": "The code is not correct. Attempts left: {attemptsLeft}.",
    },
    "ERR-OTP-02": {
        "it": "Il codice è scaduto (vale 10 minuti): chiedine uno nuovo.",
        "en": "The code has expired (it lasts 10 minutes): ask for a new one.",
    },
    "ERR-OTP-03": {
        "it": "Puoi chiedere un nuovo codice tra {seconds} secondi.",
        "en": "You can ask for a new code in {seconds} seconds.",
    },
    "ERR-OTP-04": {
        "it": "Troppi tentativi errati, oppure la richiesta non è più valida: ricomincia dall'inizio.",
        "en": "Too many wrong attempts, or the request is no longer valid: start again.",
    },
    "ERR-OTP-05": {
        "it": "Il PUK non è corretto. Tentativi rimasti: {attemptsLeft}.",
        "en": "The PUK is not correct. Attempts left: {attemptsLeft}.",
    },
    "ERR-OTP-06": {
        "it": "La SIM è solo dati: inserisci prima il suo PUK, poi ti invieremo il codice per email.",
        "en": "This is a data-only SIM: enter its PUK first, then we will email you the code.",
    },
    "ERR-REC-01": {
        "it": "Troppi tentativi di recupero della password per questo username: riprova tra un'ora.",
        "en": "Too many password recovery attempts for this username: try again in an hour.",
    },
    "ERR-REC-02": {
        "it": "Un Telco Manager non può recuperare la password: chiedi allo User Admin di eliminare il tuo "
        "profilo e di crearlo di nuovo.",
        "en": "A Telco Manager cannot recover the password: ask the User Admin to delete your profile and "
        "create it again.",
    },
    "ERR-SIM-01": {
        "it": "Hai già associato due SIM, il massimo consentito. Per associarne un'altra, prima dissociane una.",
        "en": "You have already associated two SIMs, the most allowed. To associate another, dissociate one first.",
    },
    "ERR-SIM-02": {
        "it": "Puoi associare solo linee mobili della stessa Partita IVA del tuo account.",
        "en": "You can only associate mobile lines of the same VAT number as your account.",
    },
    "ERR-SIM-03": {
        "it": "La linea {msisdn} è già associata a un account.",
        "en": "The line {msisdn} is already associated with an account.",
    },
    "ERR-TKT-01": {
        "it": "C'è già un ticket aperto o in lavorazione ({number}): potrai inserirne uno nuovo quando sarà chiuso.",
        "en": "A ticket is already open or in progress ({number}): you can file a new one once it is closed.",
    },
    "ERR-OPT-01": {
        "it": "C'è già una richiesta di opzioni in corso ({id}, al {percent}%): potrai inviarne una nuova quando "
        "sarà completata (R-65).",
        "en": "An option request is still running ({id}, {percent}% done): you can send a new one once it has "
        "completed (R-65).",
    },
    # variants of ERR-VAL-01 for tickets (R-70…R-73)
    "multipart_required": {
        "it": "La richiesta deve essere multipart/form-data con la parte «ticket».",
        "en": "The request must be multipart/form-data with a “ticket” part.",
    },
    "ticket_json_invalid": {
        "it": "La parte «ticket» deve essere un oggetto JSON.",
        "en": "The “ticket” part must be a JSON object.",
    },
    "idempotency_required": {
        "it": "L'intestazione Idempotency-Key è obbligatoria.",
        "en": "The Idempotency-Key header is required.",
    },
    "choice_invalid": {
        "it": "Il campo «{field}» deve essere uno tra: {choices}.",
        "en": "The field “{field}” must be one of: {choices}.",
    },
    "text_invalid": {
        "it": "Il campo «{field}» deve essere un testo di al massimo {max} caratteri.",
        "en": "The field “{field}” must be a text of at most {max} characters.",
    },
    "text_unseen": {
        "it": "Il campo «{field}» deve contenere lettere o cifre, senza caratteri di controllo o invisibili.",
        "en": "The field “{field}” must hold letters or digits, with no control or invisible characters.",
    },
    "notes_too_long": {
        "it": "Le note possono avere al massimo {max} caratteri (ne hai scritti {length}).",
        "en": "Notes may have at most {max} characters (you wrote {length}).",
    },
    "phone_invalid": {
        "it": "Il campo «{field}» deve essere un numero di telefono (da 6 a 15 cifre).",
        "en": "The field “{field}” must be a phone number (6 to 15 digits).",
    },
    "imei_invalid": {
        "it": "Il codice IMEI deve avere 15 cifre con la cifra di controllo corretta.",
        "en": "The IMEI must have 15 digits with a correct check digit.",
    },
    "msisdn_not_company": {
        "it": "Il numero {msisdn} non è una linea mobile della tua azienda.",
        "en": "The number {msisdn} is not a mobile line of your company.",
    },
    "invoice_invalid": {
        "it": "Il numero di fattura può avere da 1 a 30 caratteri tra lettere, cifre e / - _ .",
        "en": "The invoice number may have 1 to 30 characters among letters, digits and / - _ .",
    },
    "attachment_empty": {
        "it": "L'allegato «{filename}» è vuoto.",
        "en": "The attachment “{filename}” is empty.",
    },
    "attachment_too_big": {
        "it": "L'allegato «{filename}» supera i {max} MB consentiti.",
        "en": "The attachment “{filename}” is larger than the {max} MB allowed.",
    },
    "attachment_type": {
        "it": "L'allegato «{filename}» non è un file PDF, JPEG o PNG.",
        "en": "The attachment “{filename}” is not a PDF, JPEG or PNG file.",
    },
    "attachments_count": {
        "it": "Puoi allegare al massimo {max} file (ne hai inviati {count}).",
        "en": "You can attach at most {max} files (you sent {count}).",
    },
    "attachments_total": {
        "it": "Gli allegati superano in tutto i {max} MB consentiti.",
        "en": "The attachments are larger than the {max} MB allowed in total.",
    },
    "attachments_imei": {
        "it": "Il blocco IMEI richiede tre allegati: il modulo di richiesta, un documento di identità e la "
        "denuncia alle autorità.",
        "en": "An IMEI block needs three attachments: the request form, an identity document and the report "
        "to the authorities.",
    },
    "request_too_large": {
        "it": "La richiesta è troppo grande: gli allegati possono essere al massimo {max} MB in tutto.",
        "en": "The request is too large: attachments may be at most {max} MB in total.",
    },
    "ticket_not_found": {"it": "Ticket {ticketId} non trovato.", "en": "Ticket {ticketId} not found."},
    "invoice_not_found": {"it": "Fattura {invoiceId} non trovata.", "en": "Invoice {invoiceId} not found."},
    "call_detail_missing": {
        "it": "La fattura {invoiceId} non ha il dettaglio chiamate.",
        "en": "Invoice {invoiceId} has no call detail.",
    },
    "attachment_not_found": {
        "it": "Allegato {attachmentId} non trovato.",
        "en": "Attachment {attachmentId} not found.",
    },
    # variants of ERR-VAL-01 for traffic (R-30…R-32)
    "date_invalid": {
        "it": "Il campo «{field}» deve essere una data nel formato AAAA-MM-GG.",
        "en": "The field “{field}” must be a date in the form YYYY-MM-DD.",
    },
    "traffic_window": {
        "it": "Il traffico è disponibile dal {first} al {last} (ultimi tre mesi e oggi): il campo «{field}» è fuori da questo periodo.",
        "en": "Traffic is available from {first} to {last} (the last three months and today): the field “{field}” is outside that period.",
    },
    "range_reversed": {
        "it": "La data di fine («to») non può precedere quella di inizio («from»).",
        "en": "The end date (“to”) cannot be before the start date (“from”).",
    },
    "export_range": {
        "it": "Il download del traffico copre al massimo {max} giorni (ne hai chiesti {days}): sposta in avanti la data di inizio («from»).",
        "en": "The traffic download covers at most {max} days ({days} asked): move the start date (“from”) forward.",
    },
    "cursor_invalid": {
        "it": "Il cursore non è valido per questa richiesta: ricomincia dalla prima pagina.",
        "en": "The cursor is not valid for this request: start again from the first page.",
    },
    # variants of ERR-AUTH-03
    "not_creator": {
        "it": "Solo lo User Admin che ha creato il Telco Manager {username} può eliminarlo.",
        "en": "Only the User Admin who created the Telco Manager {username} may delete it.",
    },
    # variants of ERR-VAL-01
    "vat_invalid": {
        "it": "La Partita IVA deve avere 11 cifre con la cifra di controllo corretta.",
        "en": "The VAT number must have 11 digits with a correct check digit.",
    },
    "fiscal_code_invalid": {
        "it": "Il codice fiscale non è valido: 16 caratteri con il carattere di controllo corretto.",
        "en": "The tax code is not valid: 16 characters with a correct check character.",
    },
    "birth_date_invalid": {
        "it": "La data di nascita deve essere una data passata nel formato AAAA-MM-GG.",
        "en": "The date of birth must be a past date in the form YYYY-MM-DD.",
    },
    "email_invalid": {"it": "L'indirizzo email non è valido.", "en": "The email address is not valid."},
    "mobile_invalid": {
        "it": "Il numero di cellulare non è valido: un numero mobile italiano, ad esempio +39 347 123 4567.",
        "en": "The mobile number is not valid: an Italian mobile number, e.g. +39 347 123 4567.",
    },
    "name_invalid": {
        "it": "Il campo «{field}» è obbligatorio (al massimo 60 caratteri).",
        "en": "The field “{field}” is required (at most 60 characters).",
    },
    "username_invalid": {
        "it": "Lo username deve avere da 4 a 30 caratteri tra lettere, cifre e . _ - e almeno una lettera.",
        "en": "The username must have 4 to 30 characters among letters, digits and . _ -, with at least one letter.",
    },
    "username_taken": {
        "it": "Lo username {username} è già in uso: scegline un altro.",
        "en": "The username {username} is already taken: choose another.",
    },
    "password_rules": {
        "it": "La password deve avere almeno 8 caratteri, una lettera maiuscola, una minuscola, una cifra "
        "e un simbolo.",
        "en": "The password must have at least 8 characters, an upper-case and a lower-case letter, a digit "
        "and a symbol.",
    },
    "password_same": {
        "it": "La nuova password deve essere diversa da quella attuale.",
        "en": "The new password must differ from the current one.",
    },
    "old_password_wrong": {
        "it": "La password attuale non è corretta.",
        "en": "The current password is not correct.",
    },
    "otp_invalid": {"it": "Il codice ha 6 cifre.", "en": "The code has 6 digits."},
    "puk_invalid": {"it": "Il PUK ha 8 cifre.", "en": "The PUK has 8 digits."},
    "puk_not_needed": {
        "it": "Questa richiesta non richiede il PUK.",
        "en": "This request does not need the PUK.",
    },
    "telco_not_found": {
        "it": "Il Telco Manager {username} non esiste.",
        "en": "There is no Telco Manager {username}.",
    },
    "sim_not_associated": {
        "it": "La linea {msisdn} non è associata al tuo account.",
        "en": "The line {msisdn} is not associated with your account.",
    },
    # variants of ERR-VAL-01
    "required": {"it": "Il campo «{field}» è obbligatorio.", "en": "The field “{field}” is required."},
    "not_found": {"it": "Risorsa non trovata: {path}.", "en": "Not found: {path}."},
    "line_not_found": {"it": "Linea {lineId} non trovata.", "en": "Line {lineId} not found."},
    # variants of ERR-VAL-01 for products and Giga Smart Share
    "gss_package_not_found": {
        "it": "Pacchetto Giga Smart Share {packageId} non trovato.",
        "en": "Giga Smart Share package {packageId} not found.",
    },
    "gss_step": {
        "it": "Il campo «{field}» deve essere uno tra: {choices} Giga.",
        "en": "The field “{field}” must be one of: {choices} Giga.",
    },
    "gss_plan_same": {
        "it": "Il campo «gigaPlan» deve essere diverso dal piano attuale del pacchetto ({giga} Giga).",
        "en": "The field “gigaPlan” must differ from the package's current plan ({giga} Giga).",
    },
    "gss_plan_under_used": {
        "it": "Il campo «gigaPlan» non è valido: non puoi scendere a {giga} Giga, sotto i {used} Giga già "
        "usati questo mese dal pacchetto.",
        "en": "The field “gigaPlan” is not valid: you cannot go down to {giga} Giga, under the {used} Giga "
        "the package already used this month.",
    },
    "gss_phone_invalid": {
        "it": "Il campo «phone» deve essere un numero di cellulare italiano, ad esempio +39 347 123 4567.",
        "en": "The field “phone” must be an Italian mobile number, e.g. +39 347 123 4567.",
    },
    "gss_extra_limit": {
        "it": "Il campo «giga» non è valido: i Giga extra di un mese non possono superare {max} "
        "(ne hai già {extra}, puoi aggiungerne al massimo {left}).",
        "en": "The field “giga” is not valid: extra Giga in a month may not pass {max} "
        "(there are {extra} already, you can add at most {left}).",
    },
    "gss_move_count": {
        "it": "Il campo «lineIds» deve contenere da 1 a {max} linee.",
        "en": "The field “lineIds” must hold 1 to {max} lines.",
    },
    "gss_move_repeated": {
        "it": "Il campo «lineIds» contiene la stessa linea più volte.",
        "en": "The field “lineIds” holds the same line more than once.",
    },
    "gss_move_same": {
        "it": "Il campo «to» deve indicare un pacchetto diverso da quello di partenza.",
        "en": "The field “to” must name a package other than the one the SIMs leave.",
    },
    "gss_sim_in_target": {
        "it": "Il campo «lineIds» non è valido: la linea {lineId} è già nel pacchetto {to}.",
        "en": "The field “lineIds” is not valid: the line {lineId} is already in the package {to}.",
    },
    "gss_sim_not_in_source": {
        "it": "Il campo «lineIds» non è valido: la linea {lineId} non è una SIM del pacchetto {source}.",
        "en": "The field “lineIds” is not valid: the line {lineId} is not a SIM of the package {source}.",
    },
    "gss_over_capacity": {
        "it": "Il campo «to» non è valido: il pacchetto {to} ha posto per {room} SIM, non per {n}.",
        "en": "The field “to” is not valid: the package {to} has room for {room} SIMs, not {n}.",
    },
    "sim_codes_fixed": {
        "it": "Il campo «lineId» non è valido: la linea {lineId} è fissa, PIN e PUK esistono solo per le SIM.",
        "en": "The field “lineId” is not valid: the line {lineId} is fixed; only SIMs have a PIN and PUK.",
    },
    # variants of ERR-VAL-01 for Notifiche
    "ntf_type_unknown": {
        "it": "Il campo «settings» non è valido: il tipo di notifica «{type}» non esiste.",
        "en": "The field “settings” is not valid: there is no notification type “{type}”.",
    },
    "ntf_type_repeated": {
        "it": "Il campo «settings» non è valido: il tipo «{type}» compare più di una volta.",
        "en": "The field “settings” is not valid: the type “{type}” appears more than once.",
    },
    "ntf_channels": {
        "it": "Il campo «settings» non è valido: per «{type}» i canali possibili sono {channels}.",
        "en": "The field “settings” is not valid: the channels for “{type}” can only be {channels}.",
    },
    "ntf_no_channel": {
        "it": "Il campo «settings» non è valido: «{type}» è attivo, scegli almeno un canale.",
        "en": "The field “settings” is not valid: “{type}” is on, so choose at least one channel.",
    },
    "roaming_fixed": {
        "it": "Il campo «lineId» non è valido: la linea {lineId} è fissa, non ha traffico dati all'estero.",
        "en": "The field “lineId” is not valid: the line {lineId} is fixed and has no data abroad.",
    },
    "roaming_not_blocked": {
        "it": "Il campo «lineId» non è valido: il traffico dati all'estero della linea {msisdn} non è bloccato.",
        "en": "The field “lineId” is not valid: data abroad on the line {msisdn} is not blocked.",
    },
    "roaming_no_unlock": {
        "it": "Il campo «lineId» non è valido: la linea {msisdn} ha già usato i due sblocchi del traffico "
        "dati all'estero.",
        "en": "The field “lineId” is not valid: the line {msisdn} has already used both unlocks of data abroad.",
    },
    "method": {
        "it": "Metodo {method} non consentito su {path}.",
        "en": "Method {method} not allowed on {path}.",
    },
    # -- variants of ERR-VAL-01 and the reason words for options and services (R-65, R-66) --
    "features_fixed": {
        "it": "Il campo «lineId» non è valido: {msisdn} è una linea fissa, opzioni e servizi esistono solo per "
        "le linee mobili.",
        "en": "The field “lineId” is not valid: {msisdn} is a fixed line; options and services exist only for "
        "mobile lines.",
    },
    "options_line_count": {
        "it": "Il campo «lineIds» deve contenere da 1 a {max} numeri (ne hai scelti {n}): al massimo dieci "
        "numeri (R-65).",
        "en": "The field “lineIds” must hold 1 to {max} numbers (you chose {n}): at most ten numbers (R-65).",
    },
    "options_line_repeated": {
        "it": "Il campo «lineIds» contiene lo stesso numero più volte.",
        "en": "The field “lineIds” holds the same number more than once.",
    },
    "option_unknown": {
        "it": "Il campo «optionCode» non è valido: l'opzione {option} non è nel catalogo.",
        "en": "The field “optionCode” is not valid: the option {option} is not in the catalogue.",
    },
    "option_incompatible": {
        "it": "Il campo «lineIds» non è valido: sul numero {msisdn} non si può, perché {reason}.",
        "en": "The field “lineIds” is not valid: not possible on the number {msisdn}, because {reason}.",
    },
    "service_unknown": {
        "it": "Il campo «code» non è valido: il servizio {service} non esiste.",
        "en": "The field “code” is not valid: there is no service {service}.",
    },
    "service_incompatible": {
        "it": "Il campo «code» non è valido: «{name}» non si può, perché {reason}.",
        "en": "The field “code” is not valid: “{name}” is not possible, because {reason}.",
    },
    "premium_confirm": {
        "it": "Il campo «confirmPremium» è obbligatorio: un servizio a sovrapprezzo costa in più, confermalo "
        "esplicitamente.",
        "en": "The field “confirmPremium” is required: a premium service costs extra, confirm it explicitly.",
    },
    "reason_FIXED_LINE": {
        "it": "è una linea fissa: opzioni e servizi sono solo per le linee mobili",
        "en": "it is a fixed line: options and services are for mobile lines only",
    },
    "reason_DATA_ONLY": {
        "it": "è una SIM solo dati, senza voce né SMS",
        "en": "it is a data-only SIM, without voice or SMS",
    },
    "reason_OFFER_EXCLUDED": {
        "it": "l'offerta {offer} non la consente",
        "en": "the offer {offer} does not allow it",
    },
    "reason_ALREADY_ACTIVE": {"it": "è già attiva", "en": "it is already active"},
    "reason_NOT_ACTIVE": {"it": "non è attiva", "en": "it is not active"},
    "reason_PREMIUM_BARRED": {
        "it": "sulla linea è attivo il blocco dei servizi a sovrapprezzo",
        "en": "the line has the premium-services barring on",
    },
}


def language(accept_language: str | None) -> str:
    """'en' or 'it' (the default) from an Accept-Language header, honouring q-values."""
    best, best_q = "it", -1.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip().lower()[:2]
        if tag not in ("it", "en"):
            continue
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        if q > best_q:
            best, best_q = tag, q
    return best if best_q > 0 else "it"


def wants_ndjson(accept: str | None) -> bool:
    """Whether an Accept header asks for NDJSON: named explicitly with q > 0, and not below JSON's q.

    JSON's q is that of the most specific range naming it (application/json, then application/*, then */*);
    no Accept header, or only */*, gets JSON."""
    ndjson_q = 0.0
    json_q: dict[str, float] = {}
    for part in (accept or "").split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        media = media.lower()
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media == NDJSON:
            ndjson_q = max(ndjson_q, q)
        elif media in ("application/json", "application/*", "*/*"):
            json_q[media] = max(json_q.get(media, 0.0), q)
    best_json = next((json_q[m] for m in ("application/json", "application/*", "*/*") if m in json_q), 0.0)
    return ndjson_q > 0 and ndjson_q >= best_json


def text(key: str, lang: str, **params: object) -> str:
    template = MESSAGES[key].get(lang) or MESSAGES[key]["it"]
    return template.format(**params)


class ApiError(Exception):
    """An error answer of the /api/ contract: HTTP status, error code, optional field and message key,
    optional `data` (e.g. attemptsLeft). `invalid()` makes a 400 naming several fields."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        field: str | None = None,
        key: str | None = None,
        headers: dict[str, str] | None = None,
        data: object = None,
        **params: object,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.field = field
        self.key = key or code
        self.headers = headers or {}
        self.data = data
        self.params = params
        self.more: list[tuple[str, str, dict]] = []

    @classmethod
    def invalid(cls, problems: list[tuple[str, str, dict]]) -> ApiError:
        """400 ERR-VAL-01 with one message per (field, message key, params)."""
        field, key, params = problems[0]
        error = cls(400, "ERR-VAL-01", field=field, key=key, **params)
        error.more = problems[1:]
        return error

    def messages(self, lang: str) -> list[dict]:
        out = []
        for field, key, params in [(self.field, self.key, self.params), *self.more]:
            message = {"type": "ERROR", "message": text(key, lang, field=field, **params)}
            if field is not None:
                message["field"] = field
            out.append(message)
        return out


def dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def ok_body(data: object) -> bytes:
    return OK_PREFIX + dumps(data) + b"}"


def ok_body_raw(data_json: bytes) -> bytes:
    """The OK wrapper around an already serialized `data` value."""
    return OK_PREFIX + data_json + b"}"


def fail_body(codes: list[str], messages: list[dict], data: object = None) -> bytes:
    return dumps({"status": "FAIL", "errorCodes": codes, "messages": messages, "data": data})


def error_body(error: ApiError, lang: str) -> bytes:
    return fail_body([error.code], error.messages(lang), error.data)
