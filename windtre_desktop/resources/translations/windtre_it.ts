<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>WINDTRE Business desktop %1</source>
        <translation>WINDTRE Business desktop %1</translation>
    </message>
    <message>
        <source>The business customer area on your desktop.</source>
        <translation>L&apos;Area Clienti Business sul tuo computer.</translation>
    </message>
    <message>
        <source>Licence of this app: %1</source>
        <translation>Licenza di questa app: %1</translation>
    </message>
    <message>
        <source>Third-party software included, with its licence:</source>
        <translation>Software di terze parti incluso, con la sua licenza:</translation>
    </message>
    <message>
        <source>Search by name or licence</source>
        <translation>Cerca per nome o licenza</translation>
    </message>
    <message>
        <source>Search the third-party software</source>
        <translation>Cerca nel software di terze parti</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software di terze parti</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Testo della licenza</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licenza: %1</translation>
    </message>
    <message>
        <source>This package ships no licence file; its licence is the one named above.</source>
        <translation>Questo pacchetto non include un file di licenza; la sua licenza è quella indicata sopra.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the field</source>
        <translation>Cancella il testo</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <source>The previous request got no answer and may have changed the password already. Sign in with the new password; if it is refused, check the current password and try again.</source>
        <translation>La richiesta precedente non ha avuto risposta e potrebbe aver già cambiato la password. Accedi con la nuova password; se viene rifiutata, controlla la password attuale e riprova.</translation>
    </message>
    <message>
        <source>The server cannot be reached. What you typed is kept: try again.</source>
        <translation>Il server non è raggiungibile. I dati che hai inserito sono stati conservati: riprova.</translation>
    </message>
    <message>
        <source>The request failed. Try again.</source>
        <translation>La richiesta non è andata a buon fine. Riprova.</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Account and profile</source>
        <translation>Account e profilo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>P.IVA</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Other accounts on this computer</source>
        <translation>Altri account su questo computer</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nessuno per ora.</translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation>Accedi con un altro account</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambia password…</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Elimina account…</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passa a %1</translation>
    </message>
    <message>
        <source>remembered in the system keyring</source>
        <translation>ricordata nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>this session only (not remembered on this computer)</source>
        <translation>solo questa sessione (non ricordata su questo computer)</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>At least 8 characters with upper and lower case letters, a digit and a symbol. Upper and lower case count.</source>
        <translation>Almeno 8 caratteri, con lettere maiuscole e minuscole, una cifra e un simbolo. La password distingue tra maiuscole e minuscole.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Conferma password</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Codice ricevuto</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 cifre</translation>
    </message>
    <message>
        <source>We sent a 6-digit code by email to %1. Enter it below: it is valid for a few minutes.</source>
        <translation>Ti abbiamo inviato un codice di 6 cifre via email all&apos;indirizzo %1. Inseriscilo qui sotto: è valido per pochi minuti.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code by email. Enter it below: it is valid for a few minutes.</source>
        <translation>Ti abbiamo inviato un codice di 6 cifre via email. Inseriscilo qui sotto: è valido per pochi minuti.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code by SMS to %1. Enter it below: it is valid for a few minutes.</source>
        <translation>Ti abbiamo inviato un codice di 6 cifre via SMS al numero %1. Inseriscilo qui sotto: è valido per pochi minuti.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code by SMS. Enter it below: it is valid for a few minutes.</source>
        <translation>Ti abbiamo inviato un codice di 6 cifre via SMS. Inseriscilo qui sotto: è valido per pochi minuti.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Company VAT number</source>
        <translation>P.IVA dell&apos;azienda</translation>
    </message>
    <message>
        <source>11 digits, as in the signed contract proposal</source>
        <translation>11 cifre, come nella proposta di contratto firmata</translation>
    </message>
    <message>
        <source>Each company has one User Admin, who then creates the Telco Managers. Old Wind or Tre credentials do not carry over.</source>
        <translation>Ogni azienda ha un solo User Admin, che poi crea i Telco Manager. Le vecchie credenziali Wind o Tre non vengono trasferite.</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Rappresentante legale</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>16 characters</source>
        <translation>16 caratteri</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>As written in the signed contract proposal</source>
        <translation>Come indicato nella proposta di contratto firmata</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numero di cellulare</translation>
    </message>
    <message>
        <source>Enter the legal representative&apos;s details exactly as in the signed contract proposal: if they match, we send an activation email.</source>
        <translation>Inserisci i dati del rappresentante legale esattamente come nella proposta di contratto firmata: se corrispondono, ti inviamo un&apos;email di attivazione.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Attivazione</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Codice di attivazione</translation>
    </message>
    <message>
        <source>6 letters and digits, in the activation email</source>
        <translation>6 caratteri tra lettere e cifre, nell&apos;email di attivazione</translation>
    </message>
    <message>
        <source>We sent the activation email to %1. Copy the activation code it contains (6 letters and digits); it is valid for 24 hours.</source>
        <translation>Abbiamo inviato l&apos;email di attivazione all&apos;indirizzo %1. Copia il codice di attivazione che contiene (6 caratteri tra lettere e cifre): è valido 24 ore.</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Username e password</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>4 to 30 letters, digits and . _ - with at least one letter. Upper and lower case count.</source>
        <translation>Da 4 a 30 caratteri tra lettere, cifre e . _ -, con almeno una lettera. Distingue tra maiuscole e minuscole.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The User Admin account is active. Sign in with the username %1 and your password.</source>
        <translation>L&apos;account User Admin è attivo. Accedi con lo username %1 e la tua password.</translation>
    </message>
    <message>
        <source>Create a User Admin</source>
        <translation>Crea uno User Admin</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>La tua linea</translation>
    </message>
    <message>
        <source>Mobile line number</source>
        <translation>Numero della linea mobile</translation>
    </message>
    <message>
        <source>The company SIM you use; it will be your username</source>
        <translation>La SIM aziendale che usi: sarà il tuo username</translation>
    </message>
    <message>
        <source>PUK of the SIM</source>
        <translation>PUK della SIM</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>8 digits, on the card the SIM came on</source>
        <translation>8 cifre, stampate sulla card in cui era inserita la SIM</translation>
    </message>
    <message>
        <source>This is a data-only SIM: it cannot receive SMS. Prove you hold it with its PUK, then we send the code by email.</source>
        <translation>Questa è una SIM solo dati: non può ricevere SMS. Dimostra di averla inserendo il suo PUK, poi ti inviamo il codice via email.</translation>
    </message>
    <message>
        <source>Code and password</source>
        <translation>Codice e password</translation>
    </message>
    <message>
        <source>Your account is ready. Your username is your line number: %1</source>
        <translation>Il tuo account è pronto. Il tuo username è il numero della tua linea: %1</translation>
    </message>
    <message>
        <source>Create an employee account</source>
        <translation>Crea un account dipendente</translation>
    </message>
    <message>
        <source>Recover your password</source>
        <translation>Recupera la tua password</translation>
    </message>
    <message>
        <source>Employees: your mobile line number</source>
        <translation>Dipendenti: il numero della tua linea mobile</translation>
    </message>
    <message>
        <source>Telco Managers cannot recover their password: the User Admin deletes and recreates the profile.</source>
        <translation>I Telco Manager non possono recuperare la password: lo User Admin elimina il profilo e lo crea di nuovo.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Temporary password sent</source>
        <translation>Password temporanea inviata</translation>
    </message>
    <message>
        <source>If the username is right, a temporary numeric password (8 digits) is on its way to the User Admin&apos;s email; it works for 24 hours. Sign in with it: you will then be asked to create a new password. Until then the old password still works.</source>
        <translation>Se lo username è corretto, all&apos;email dello User Admin sta arrivando una password temporanea numerica (8 cifre), valida per 24 ore. Accedi con questa: ti verrà poi chiesto di creare una nuova password. Fino ad allora la vecchia password continua a funzionare.</translation>
    </message>
    <message>
        <source>Your new password is active: the old one no longer works. Sign in with the new one.</source>
        <translation>La nuova password è attiva: quella vecchia non funziona più. Accedi con la nuova.</translation>
    </message>
    <message>
        <source>Password recovery</source>
        <translation>Recupera password</translation>
    </message>
    <message>
        <source>Create a new password</source>
        <translation>Crea una nuova password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose your own password to go on.</source>
        <translation>Hai effettuato l&apos;accesso con una password temporanea: per continuare scegli una tua password.</translation>
    </message>
    <message>
        <source>Your new password is active.</source>
        <translation>La nuova password è attiva.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>Channel: choose SMS, email or no messages</source>
        <translation>Canale: scegli SMS, email o nessun messaggio</translation>
    </message>
</context>
<context>
    <name>ActivationsView</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Prevista il</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Fixed lines being activated</source>
        <translation>Linee fisse in attivazione</translation>
    </message>
    <message>
        <source>The company&apos;s fixed lines being activated, with the progress of each. Choose a line to see its stages and to be kept updated by SMS or email.</source>
        <translation>Le linee fisse dell&apos;azienda in attivazione, con l&apos;avanzamento di ciascuna. Scegli una linea per vederne le fasi ed essere aggiornato via SMS o email.</translation>
    </message>
    <message>
        <source>No line being activated</source>
        <translation>Nessuna linea in attivazione</translation>
    </message>
    <message>
        <source>Loading the activations…</source>
        <translation>Caricamento delle attivazioni…</translation>
    </message>
    <message>
        <source>Activation progress</source>
        <translation>Avanzamento dell&apos;attivazione</translation>
    </message>
    <message>
        <source>Keep me updated…</source>
        <translation>Tienimi aggiornato…</translation>
    </message>
    <message>
        <source>Get an SMS or an email at every stage of this activation</source>
        <translation>Ricevi un SMS o una email a ogni fase di questa attivazione</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Offerta:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>The activations could not be loaded. Refresh (F5) to try again.</source>
        <translation>Non è stato possibile caricare le attivazioni. Aggiorna (F5) per riprovare.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
    <message>
        <source>requested on %1, expected on %2</source>
        <translation>richiesta il %1, prevista il %2</translation>
    </message>
    <message>
        <source>Updates: none. You are not told when this line moves to the next stage.</source>
        <translation>Aggiornamenti: nessuno. Non ricevi avvisi quando la linea passa alla fase successiva.</translation>
    </message>
    <message>
        <source>Updates: an SMS to %1 at every stage.</source>
        <translation>Aggiornamenti: un SMS al %1 a ogni fase.</translation>
    </message>
    <message>
        <source>Updates: an email to %1 at every stage.</source>
        <translation>Aggiornamenti: una email a %1 a ogni fase.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
</context>
<context>
    <name>AlertFlows</name>
    <message>
        <source>Fleet alerts</source>
        <translation>Avvisi della flotta</translation>
    </message>
    <message>
        <source>%1 new alerts on the company&apos;s lines</source>
        <translation>%1 nuovi avvisi sulle linee dell&apos;azienda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <source>Spend far above usual</source>
        <translation>Spesa molto sopra il solito</translation>
    </message>
    <message>
        <source>Traffic far above usual</source>
        <translation>Traffico molto sopra il solito</translation>
    </message>
    <message>
        <source>Billed but unused</source>
        <translation>Fatturata ma inattiva</translation>
    </message>
    <message>
        <source>Offer always used up</source>
        <translation>Offerta sempre esaurita</translation>
    </message>
    <message>
        <source>Offer under half used</source>
        <translation>Offerta usata meno della metà</translation>
    </message>
    <message>
        <source>Credit running out</source>
        <translation>Credito residuo in esaurimento</translation>
    </message>
    <message>
        <source>Spend of %1: %2 against an average of %3 over the three months before</source>
        <translation>Spesa di %1: %2 contro una media di %3 nei tre mesi precedenti</translation>
    </message>
    <message>
        <source>Traffic charged last week: %1 against a weekly average of %2</source>
        <translation>Traffico addebitato nell&apos;ultima settimana: %1 contro una media settimanale di %2</translation>
    </message>
    <message>
        <source>Records last week: %1 against a weekly average of %2</source>
        <translation>Eventi di traffico nell&apos;ultima settimana: %1 contro una media settimanale di %2</translation>
    </message>
    <message>
        <source>No traffic in the last %1 days; billed %2 in %3</source>
        <translation>Nessun traffico negli ultimi %1 giorni; fatturati %2 a %3</translation>
    </message>
    <message>
        <source>No traffic for %1 days (last on %2); billed %3 in %4</source>
        <translation>Nessun traffico da %1 giorni (l&apos;ultimo il %2); fatturati %3 a %4</translation>
    </message>
    <message>
        <source>%1: data used %2 of %3 in each of the last three months</source>
        <translation>%1: Giga usati %2 su %3 in ciascuno degli ultimi tre mesi</translation>
    </message>
    <message>
        <source>%1: data used %2, under half of %3, in each of the last three months</source>
        <translation>%1: Giga usati %2, meno della metà di %3, in ciascuno degli ultimi tre mesi</translation>
    </message>
    <message>
        <source>Remaining credit %1 lasts less than a day at last week&apos;s %2 a day</source>
        <translation>Il credito residuo di %1 dura meno di un giorno al ritmo della settimana scorsa (%2 al giorno)</translation>
    </message>
    <message>
        <source>Remaining credit %1 lasts about %2 days at last week&apos;s %3 a day</source>
        <translation>Il credito residuo di %1 dura circa %2 giorni al ritmo dell&apos;ultima settimana (%3 al giorno)</translation>
    </message>
    <message>
        <source>No larger offer in the catalogue</source>
        <translation>Nessuna offerta più ampia nel catalogo</translation>
    </message>
    <message>
        <source>unlimited data</source>
        <translation>Giga illimitati</translation>
    </message>
    <message>
        <source>%1 (%2, %3 a month)</source>
        <translation>%1 (%2, %3 al mese)</translation>
    </message>
    <message>
        <source>Suggested offer: %1</source>
        <translation>Offerta suggerita: %1</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 alert(s)</source>
        <translation>
            <numerusform>%1 avviso</numerusform>
            <numerusform>%1 avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Suggested offer</source>
        <translation>Offerta suggerita</translation>
    </message>
    <message>
        <source>Fleet alerts</source>
        <translation>Avvisi della flotta</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <source>Open line</source>
        <translation>Apri linea</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Hide this alert until its condition gets worse</source>
        <translation>Nascondi questo avviso finché la situazione non peggiora</translation>
    </message>
    <message>
        <source>Desktop notifications for new alerts</source>
        <translation>Notifiche sul desktop per i nuovi avvisi</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message>
        <source>Delete your account %1? Your lines and contracts are not touched, but to use the app again you will have to register again.</source>
        <translation>Vuoi eliminare il tuo account %1? Linee e contratti restano invariati, ma per usare ancora l&apos;app dovrai registrarti di nuovo.</translation>
    </message>
    <message>
        <source>Your account %1 was deleted.</source>
        <translation>Il tuo account %1 è stato eliminato.</translation>
    </message>
    <message>
        <source>Your account %1 was most likely deleted: the request got no answer, and the account&apos;s session has ended. If it still signs in, delete it again.</source>
        <translation>Il tuo account %1 è stato quasi certamente eliminato: la richiesta non ha avuto risposta e la sessione dell&apos;account è terminata. Se riesci ancora ad accedere, eliminalo di nuovo.</translation>
    </message>
    <message>
        <source>The account could not be deleted. Try again later.</source>
        <translation>Non è stato possibile eliminare l&apos;account. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Sign in with %1.</source>
        <translation>Accedi con %1.</translation>
    </message>
    <message>
        <source>No system keyring is available: the session is kept in memory only and you will have to sign in again next time.</source>
        <translation>Nessun portachiavi di sistema disponibile: la sessione resta solo in memoria e al prossimo avvio dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento in corso…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Downloading the data…</source>
        <translation>Scaricamento dei dati…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again. Your saved data is kept.</source>
        <translation>La sessione è scaduta: accedi di nuovo. I dati salvati restano disponibili.</translation>
    </message>
    <message>
        <source>Wrong username or password. Both are case-sensitive.</source>
        <translation>Username o password non corretti. Attenzione a maiuscole e minuscole.</translation>
    </message>
    <message>
        <source>Old Wind or Tre credentials are no longer valid here: a new registration is needed.</source>
        <translation>Le vecchie credenziali Wind o Tre non sono più valide: è necessaria una nuova registrazione.</translation>
    </message>
    <message>
        <source>Check the highlighted field.</source>
        <translation>Controlla il campo evidenziato.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment and try again.</source>
        <translation>Troppi tentativi: attendi qualche istante e riprova.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the connection and the address (&quot;Change server&quot; below), then try again.</source>
        <translation>Il server %1 non è raggiungibile. Controlla la connessione e l&apos;indirizzo (&quot;Cambia server&quot; qui sotto), poi riprova.</translation>
    </message>
    <message>
        <source>This profile may not sign in here.</source>
        <translation>Questo profilo non può accedere qui.</translation>
    </message>
    <message>
        <source>Sign-in failed because of an unexpected error. Try again.</source>
        <translation>Accesso non riuscito per un errore imprevisto. Riprova.</translation>
    </message>
    <message>
        <source>A ticket is still open: a new one can be filed once it is closed (the draft stays saved).</source>
        <translation>C&apos;è ancora un ticket aperto: potrai inserirne uno nuovo quando sarà chiuso (la bozza resta salvata).</translation>
    </message>
    <message>
        <source>Tickets sent</source>
        <translation>Ticket inviati</translation>
    </message>
    <message>
        <source>Sent now that the server can be reached: %1</source>
        <translation>Inviati ora che il server è raggiungibile: %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>New status: %1</source>
        <translation>Nuovo stato: %1</translation>
    </message>
    <message>
        <source>Data updated at %1</source>
        <translation>Dati aggiornati al %1</translation>
    </message>
    <message>
        <source>The server is busy: data of %1, retrying shortly</source>
        <translation>Server occupato: dati del %1, nuovo tentativo a breve</translation>
    </message>
    <message>
        <source>Server unreachable: data of %1</source>
        <translation>Server non raggiungibile: dati del %1</translation>
    </message>
    <message>
        <source>Offline: you are looking at the data saved on %1. Sign in to update it.</source>
        <translation>Offline: stai consultando i dati salvati il %1. Accedi per aggiornarli.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>The server is busy. The data shown is from %1.</source>
        <translation>Il server è occupato. I dati mostrati sono del %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The data shown is from %1.</source>
        <translation>Il server non è raggiungibile. I dati mostrati sono del %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no saved data yet.</source>
        <translation>Il server non è raggiungibile e non ci sono ancora dati salvati.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>What the next file is</source>
        <translation>Che cosa è il prossimo file</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Aggiungi file…</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG; drop the files here or add them one by one.</source>
        <translation>PDF, JPEG o PNG: trascina qui i file o aggiungili uno alla volta.</translation>
    </message>
    <message>
        <source>Blank IMEI block request form (PDF)…</source>
        <translation>Modulo vuoto di richiesta blocco IMEI (PDF)…</translation>
    </message>
    <message>
        <source>Attachments: %1 cannot be read</source>
        <translation>Allegati: impossibile leggere %1</translation>
    </message>
    <message>
        <source>Attachments: %1 cannot be opened as a %2 file: it may be damaged or another kind of file</source>
        <translation>Allegati: %1 non si apre come file %2: può essere danneggiato o di un altro tipo</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documenti (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s)</source>
        <translation>
            <numerusform>%1 pagina</numerusform>
            <numerusform>%1 pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>AutoRechargeView</name>
    <message>
        <source>An automatic recharge tops up a prepaid line when its credit drops under a threshold, or with the same amount every month from the day it is activated.</source>
        <translation>La ricarica automatica ricarica una linea prepagata quando il credito scende sotto una soglia, oppure con lo stesso importo ogni mese dal giorno di attivazione.</translation>
    </message>
    <message>
        <source>The company&apos;s automatic recharges</source>
        <translation>Le ricariche automatiche dell&apos;azienda</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Next top-up</source>
        <translation>Prossima ricarica</translation>
    </message>
    <message>
        <source>Last applied</source>
        <translation>Ultima eseguita</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>Automatic recharges</source>
        <translation>Ricariche automatiche</translation>
    </message>
    <message>
        <source>No automatic recharge yet: choose a prepaid line below to set one.</source>
        <translation>Ancora nessuna ricarica automatica: scegli qui sotto una linea prepagata per impostarne una.</translation>
    </message>
    <message>
        <source>Search a prepaid line by number</source>
        <translation>Cerca una linea prepagata per numero</translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation>Piano tariffario</translation>
    </message>
    <message>
        <source>Search by tariff plan</source>
        <translation>Cerca per piano tariffario</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Prepaid lines</source>
        <translation>Linee prepagate</translation>
    </message>
    <message>
        <source>No line chosen</source>
        <translation>Nessuna linea scelta</translation>
    </message>
    <message>
        <source>When the credit drops under a threshold</source>
        <translation>Quando il credito scende sotto una soglia</translation>
    </message>
    <message>
        <source>Every month, from the activation day</source>
        <translation>Ogni mese, dal giorno di attivazione</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carta di credito</translation>
    </message>
    <message>
        <source>Charge to the invoice</source>
        <translation>Addebito in fattura</translation>
    </message>
    <message>
        <source>A card rule uses the card registered on the operator&apos;s secure payment page.</source>
        <translation>Con la carta si usa quella registrata sulla pagina di pagamento sicura dell&apos;operatore.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel the automatic recharge</source>
        <translation>Annulla la ricarica automatica</translation>
    </message>
    <message>
        <source>No line chosen: pick a prepaid line in the list or in the table.</source>
        <translation>Nessuna linea scelta: scegli una linea prepagata nell&apos;elenco o nella tabella.</translation>
    </message>
    <message>
        <source>Line %1 (credit %2)</source>
        <translation>Linea %1 (credito %2)</translation>
    </message>
    <message>
        <source>This line has no automatic recharge.</source>
        <translation>Questa linea non ha una ricarica automatica.</translation>
    </message>
    <message>
        <source>Active since %1 (%2).</source>
        <translation>Attiva dal %1 (%2).</translation>
    </message>
    <message>
        <source>Next top-up: %1.</source>
        <translation>Prossima ricarica: %1.</translation>
    </message>
    <message>
        <source>Last applied: %1 (%2 times in all).</source>
        <translation>Ultima eseguita: %1 (%2 volte in tutto).</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Non ancora eseguita.</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Salva la modifica</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Cancel the automatic recharge of %1? No further top-up will be made.</source>
        <translation>Annullare la ricarica automatica del %1? Non verranno fatte altre ricariche.</translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <source>Billing pages</source>
        <translation>Pagine di Conto</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Recharge history</source>
        <translation>Storico Ricariche</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Billing · Invoices</source>
        <translation>Conto · Fatture</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Account di fatturazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Tutte le fatture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation>Ultimi %1 mesi</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Importo da</translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation>Importo fino a</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Downloaded only</source>
        <translation>Solo scaricate</translation>
    </message>
    <message>
        <source>Download selected</source>
        <translation>Scarica selezionate</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>Scarica tutto</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annulla download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Apri PDF</translation>
    </message>
    <message>
        <source>Open the electronic invoice</source>
        <translation>Apri la fattura elettronica</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Call detail</source>
        <translation>Dettaglio chiamate</translation>
    </message>
    <message>
        <source>Share by e-mail…</source>
        <translation>Condividi via e-mail…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>The PDF invoices have no fiscal value: the fiscal invoice is the electronic one (FatturaPA) delivered through the Sistema di Interscambio to the company&apos;s PEC (%1) or Codice Destinatario (%2).</source>
        <translation>Le fatture in PDF non hanno valore fiscale: la fattura fiscale è quella elettronica (FatturaPA) recapitata tramite il Sistema di Interscambio alla PEC dell&apos;azienda (%1) o al Codice Destinatario (%2).</translation>
    </message>
    <message>
        <source>All billing accounts</source>
        <translation>Tutti gli account di fatturazione</translation>
    </message>
    <message>
        <source>Loading the invoices…</source>
        <translation>Caricamento delle fatture…</translation>
    </message>
    <message>
        <source>Offline: the list is the one saved on %1. Downloaded invoices open as usual; the others need the connection.</source>
        <translation>Offline: l&apos;elenco è quello salvato il %1. Le fatture scaricate si aprono come sempre; le altre richiedono la connessione.</translation>
    </message>
    <message>
        <source>Resume download (%1 files)</source>
        <translation>Riprendi download (%1 file)</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v di %m file</translation>
    </message>
    <message>
        <source>%1 of %2 invoices</source>
        <translation>%1 di %2 fatture</translation>
    </message>
    <message numerus="yes">
        <source>%1 invoices downloaded</source>
        <translation>
            <numerusform>%1 fattura scaricata</numerusform>
            <numerusform>%1 fatture scaricate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 scadute</translation>
    </message>
</context>
<context>
    <name>CallDetailDialog</name>
    <message>
        <source>Call detail · %1</source>
        <translation>Dettaglio chiamate · %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Numero chiamato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Calls and sessions</source>
        <translation>Chiamate e sessioni</translation>
    </message>
    <message numerus="yes">
        <source>%1 calls and sessions</source>
        <translation>
            <numerusform>%1 chiamata o sessione</numerusform>
            <numerusform>%1 chiamate e sessioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save the call detail</source>
        <translation>Salva il dettaglio chiamate</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Salvato in %1</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>GSS package</source>
        <translation>Pacchetto GSS</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Schermata</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>recente</translation>
    </message>
    <message>
        <source>Find a line, invoice, ticket, package, setting or screen…</source>
        <translation>Trova una linea, fattura, ticket, pacchetto, impostazione o schermata…</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other letters.</source>
        <translation>Nessun risultato. Prova con meno lettere o con altre.</translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter opens · Esc closes</source>
        <translation>↑ ↓ per spostarsi · Invio apre · Esc chiude</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Check the network&apos;s coverage on the operator&apos;s site: it opens in your browser.</source>
        <translation>Verifica la copertura della rete sul sito dell&apos;operatore: si apre nel browser.</translation>
    </message>
    <message>
        <source>Coverage in Italy…</source>
        <translation>Copertura nazionale…</translation>
    </message>
    <message>
        <source>Opens the national coverage map (fixed and mobile network, by address) in the browser</source>
        <translation>Apre nel browser la mappa della copertura nazionale (rete fissa e mobile, per indirizzo)</translation>
    </message>
    <message>
        <source>Fibre, 4G and 5G coverage at an address in Italy.</source>
        <translation>Copertura fibra, 4G e 5G a un indirizzo in Italia.</translation>
    </message>
    <message>
        <source>Coverage abroad…</source>
        <translation>Copertura all&apos;estero…</translation>
    </message>
    <message>
        <source>Opens the international roaming page (coverage by country) in the browser</source>
        <translation>Apre nel browser la pagina del roaming internazionale (copertura per paese)</translation>
    </message>
    <message>
        <source>Roaming coverage and operators in the country you travel to.</source>
        <translation>Copertura in roaming e operatori del paese in cui viaggi.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. It keeps running and what you typed is kept; if something looks wrong, close the window where it happened and open it again.
The report below contains no password, token or code: copy it and send it to support.</source>
        <translation>Si è verificato un errore nell&apos;app. L&apos;app resta aperta e quello che hai scritto è conservato; se qualcosa non sembra a posto, chiudi la finestra in cui è successo e riaprila.
Il rapporto qui sotto non contiene password, token né codici: copialo e invialo all&apos;assistenza.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapporto dell&apos;errore</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copia il rapporto</translation>
    </message>
    <message>
        <source>Open &amp;logs folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>A copy is saved in %1</source>
        <translation>Una copia è salvata in %1</translation>
    </message>
    <message>
        <source>The report could not be saved in the logs folder.</source>
        <translation>Non è stato possibile salvare il rapporto nella cartella dei log.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No data yet: the first update is in progress.</source>
        <translation>Nessun dato ancora: è in corso il primo aggiornamento.</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Credito residuo</translation>
    </message>
    <message>
        <source>Active offer</source>
        <translation>Offerta attiva</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linee</translation>
    </message>
    <message>
        <source>Giga</source>
        <translation>Giga</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Quick links</source>
        <translation>Collegamenti rapidi</translation>
    </message>
    <message>
        <source>Spend, last 12 months</source>
        <translation>Spesa, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Top alerts</source>
        <translation>Avvisi principali</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 % on the month before</source>
        <translation>%1 % sul mese precedente</translation>
    </message>
    <message>
        <source>Spend, last 12 months: %1</source>
        <translation>Spesa, ultimi 12 mesi: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All alerts (%1)</source>
        <translation>Tutti gli avvisi (%1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Whole company · VAT number %1</source>
        <translation>Tutta l&apos;azienda · P.IVA %1</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Tutta l&apos;azienda</translation>
    </message>
    <message>
        <source>Total remaining credit</source>
        <translation>Credito residuo totale</translation>
    </message>
    <message>
        <source>Active offers</source>
        <translation>Offerte attive</translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 offerta</numerusform>
            <numerusform>%1 offerte</numerusform>
        </translation>
    </message>
    <message>
        <source>most used: %1</source>
        <translation>più diffusa: %1</translation>
    </message>
    <message>
        <source>%1 mobile · %2 fixed</source>
        <translation>%1 mobili · %2 fisse</translation>
    </message>
    <message>
        <source>no line has this counter</source>
        <translation>nessuna linea ha questo contatore</translation>
    </message>
    <message>
        <source>used %1 of %2</source>
        <translation>usati %1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 unlimited line(s)</source>
        <translation>
            <numerusform>+ %1 linea illimitata</numerusform>
            <numerusform>+ %1 linee illimitate</numerusform>
        </translation>
    </message>
    <message>
        <source>left</source>
        <translation>rimanenti</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>linea fissa</translation>
    </message>
    <message>
        <source>mobile line</source>
        <translation>linea mobile</translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation>ricaricabile</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>abbonamento</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>sospesa</translation>
    </message>
    <message>
        <source>not included in this line</source>
        <translation>non incluso in questa linea</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitati</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>usati %1</translation>
    </message>
</context>
<context>
    <name>DemoToolsDialog</name>
    <message>
        <source>Demo backend: messages sent and test data</source>
        <translation>Backend dimostrativo: messaggi inviati e dati di prova</translation>
    </message>
    <message>
        <source>The demo backend does not really send SMS or emails: they appear here, with the codes the wizards ask for. The other tabs list data you can use to try the registrations.</source>
        <translation>Il backend dimostrativo non invia davvero SMS o email: compaiono qui, con i codici che le procedure guidate chiedono. Nelle altre schede trovi i dati per provare le registrazioni.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>P.IVA</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numero di cellulare</translation>
    </message>
    <message>
        <source>User Admin</source>
        <translation>User Admin</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Data-only SIM</source>
        <translation>SIM solo dati</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>SMS and emails</source>
        <translation>SMS ed email</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Contratti (%1)</translation>
    </message>
    <message>
        <source>Free lines (%1)</source>
        <translation>Linee libere (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID dispositivo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Rateizzazione</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Interventions left</source>
        <translation>Interventi residui</translation>
    </message>
    <message>
        <source>Search model, device ID, account or line</source>
        <translation>Cerca modello, ID dispositivo, account o linea</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Cerca dispositivi</translation>
    </message>
    <message>
        <source>Any maintenance</source>
        <translation>Ogni manutenzione</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 dispositivi</translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation>%1 di %2 dispositivi</translation>
    </message>
</context>
<context>
    <name>FatturaPA</name>
    <message>
        <source>The invoice file is empty.</source>
        <translation>Il file della fattura è vuoto.</translation>
    </message>
    <message>
        <source>The invoice file is too large (%1; the limit is %2).</source>
        <translation>Il file della fattura è troppo grande (%1; il limite è %2).</translation>
    </message>
    <message>
        <source>This file is not a FatturaPA electronic invoice.</source>
        <translation>Questo file non è una fattura elettronica FatturaPA.</translation>
    </message>
    <message>
        <source>The invoice file is not well-formed XML and cannot be read (%1).</source>
        <translation>Il file della fattura non è un XML ben formato e non si può leggere (%1).</translation>
    </message>
    <message>
        <source>The invoice file contains a DTD or entity declarations, which a FatturaPA file never has; it was not opened for safety.</source>
        <translation>Il file della fattura contiene una DTD o dichiarazioni di entità, che una FatturaPA non ha mai: per sicurezza non è stato aperto.</translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) is damaged and its content cannot be extracted.</source>
        <translation>Il file firmato della fattura (.p7m) è danneggiato e non se ne può estrarre il contenuto.</translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) was altered after signing: its digital signature does not match its content. It is not shown.</source>
        <translation>Il file firmato della fattura (.p7m) è stato modificato dopo la firma: la firma digitale non corrisponde al contenuto. Non viene mostrato.</translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) holds only a detached signature, without the invoice itself. Open the invoice&apos;s own .xml file instead.</source>
        <translation>Il file firmato della fattura (.p7m) contiene solo una firma separata (detached), senza la fattura. Apri invece il file .xml della fattura.</translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) does not include the signer&apos;s certificate, so its digital signature cannot be checked. It is not shown.</source>
        <translation>Il file firmato della fattura (.p7m) non include il certificato del firmatario, quindi la firma digitale non si può verificare. Non viene mostrato.</translation>
    </message>
    <message>
        <source>The embedded attachment &quot;%1&quot; is damaged and cannot be decoded.</source>
        <translation>L&apos;allegato incorporato &quot;%1&quot; è danneggiato e non si può decodificare.</translation>
    </message>
</context>
<context>
    <name>FatturaPAViewer</name>
    <message>
        <source>Electronic invoice (FatturaPA)</source>
        <translation>Fattura elettronica (FatturaPA)</translation>
    </message>
    <message>
        <source>Open a FatturaPA file (.xml or .xml.p7m), or drop it here.</source>
        <translation>Apri un file FatturaPA (.xml o .xml.p7m) o trascinalo qui.</translation>
    </message>
    <message>
        <source>Attachments in the invoice</source>
        <translation>Allegati della fattura</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Salva allegato…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>seller: %1</source>
        <translation>cedente: %1</translation>
    </message>
    <message>
        <source>buyer: %1</source>
        <translation>cessionario: %1</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>totale: %1</translation>
    </message>
    <message>
        <source>digitally signed (.p7m)</source>
        <translation>firmata digitalmente (.p7m)</translation>
    </message>
    <message>
        <source>Electronic invoice %1</source>
        <translation>Fattura elettronica %1</translation>
    </message>
    <message>
        <source>This file cannot be shown as an invoice.</source>
        <translation>Questo file non può essere mostrato come fattura.</translation>
    </message>
    <message>
        <source>Open an electronic invoice</source>
        <translation>Apri una fattura elettronica</translation>
    </message>
    <message>
        <source>FatturaPA (*.xml *.p7m);;All files (*)</source>
        <translation>FatturaPA (*.xml *.p7m);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salva allegato</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
</context>
<context>
    <name>FleetFiltersDialog</name>
    <message>
        <source>More filters</source>
        <translation>Altri filtri</translation>
    </message>
    <message>
        <source>Credit below</source>
        <translation>Credito residuo sotto</translation>
    </message>
    <message>
        <source>Data used over</source>
        <translation>Giga usati oltre</translation>
    </message>
    <message>
        <source>%</source>
        <comment>after a percentage: Italian writes a space before it</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>No traffic for at least</source>
        <translation>Nessun traffico da almeno</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>In roaming today</source>
        <translation>In roaming oggi</translation>
    </message>
</context>
<context>
    <name>FleetLinesView</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fissa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Search number, holder, label, note or offer</source>
        <translation>Cerca per numero, intestatario, etichetta, nota o offerta</translation>
    </message>
    <message>
        <source>Search lines</source>
        <translation>Cerca linee</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Tipo di linea</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Tutte le offerte</translation>
    </message>
    <message>
        <source>Line status</source>
        <translation>Stato della linea</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>With or without a label</source>
        <translation>Con o senza etichetta</translation>
    </message>
    <message>
        <source>With a label</source>
        <translation>Con etichetta</translation>
    </message>
    <message>
        <source>Without a label</source>
        <translation>Senza etichetta</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Viste salvate</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Salva vista…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Elimina vista</translation>
    </message>
    <message>
        <source>More filters…</source>
        <translation>Altri filtri…</translation>
    </message>
    <message>
        <source>Label and note…</source>
        <translation>Etichetta e nota…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Esporta in Excel</translation>
    </message>
    <message>
        <source>Fleet lines</source>
        <translation>Linee della flotta</translation>
    </message>
    <message>
        <source>Open in Products</source>
        <translation>Apri in Prodotti</translation>
    </message>
    <message>
        <source>Credit below 5 €</source>
        <translation>Credito sotto 5 €</translation>
    </message>
    <message>
        <source>Data over 80%</source>
        <translation>Giga oltre 80%</translation>
    </message>
    <message>
        <source>In roaming</source>
        <translation>In roaming</translation>
    </message>
    <message>
        <source>Inactive for 30 days</source>
        <translation>Inattive da 30 giorni</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Tutte le linee</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salva vista</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Nome della vista</translation>
    </message>
    <message>
        <source>The label is kept on this computer: it shows with the next update.</source>
        <translation>L&apos;etichetta è conservata su questo computer: compare con il prossimo aggiornamento.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linee</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 line(s)…</source>
        <translation>
            <numerusform>Esportazione di %1 linea…</numerusform>
            <numerusform>Esportazione di %1 linee…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 line(s) to %2</source>
        <translation>
            <numerusform>Esportata %1 linea in %2</numerusform>
            <numerusform>Esportate %1 linee in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Impossibile salvare il file: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: an unexpected error occurred.</source>
        <translation>Impossibile salvare il file: si è verificato un errore imprevisto.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito residuo</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Giga usati</translation>
    </message>
    <message>
        <source>Voice used</source>
        <translation>Voce usata</translation>
    </message>
    <message>
        <source>SMS used</source>
        <translation>SMS usati</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>Spesa del mese</translation>
    </message>
    <message>
        <source>GSS package</source>
        <translation>Pacchetto GSS</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Roaming country</source>
        <translation>Paese di roaming</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Account di fatturazione</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 line(s)</source>
        <translation>
            <numerusform>%1 di %2 linea</numerusform>
            <numerusform>%1 di %2 linee</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the lines…</source>
        <translation>Caricamento delle linee…</translation>
    </message>
    <message>
        <source>Usage and spend arrive with the next update</source>
        <translation>Consumi e spesa arrivano con il prossimo aggiornamento</translation>
    </message>
    <message>
        <source>Usage updated %1</source>
        <translation>Consumi aggiornati al %1</translation>
    </message>
    <message>
        <source>Usage of %1</source>
        <translation>Consumi del %1</translation>
    </message>
    <message>
        <source>The company has no lines.</source>
        <translation>L&apos;azienda non ha linee.</translation>
    </message>
    <message>
        <source>No line matches these filters.</source>
        <translation>Nessuna linea corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>More filters (%1)…</source>
        <translation>Altri filtri (%1)…</translation>
    </message>
</context>
<context>
    <name>FleetSection</name>
    <message>
        <source>Fleet overview pages</source>
        <translation>Pagine di Panoramica flotta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linee</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito residuo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Giga</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation>Spesa del mese</translation>
    </message>
    <message>
        <source>GSS package</source>
        <translation>Pacchetto GSS</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Account di fatturazione</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
</context>
<context>
    <name>GssActionDialog</name>
    <message>
        <source>Change the package&apos;s Giga</source>
        <translation>Cambia i Giga del pacchetto</translation>
    </message>
    <message>
        <source>Change the referent</source>
        <translation>Cambia il referente</translation>
    </message>
    <message>
        <source>Add extra Giga</source>
        <translation>Aggiungi Giga extra</translation>
    </message>
    <message>
        <source>Move SIMs to another package</source>
        <translation>Sposta SIM in un altro pacchetto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>%1 Giga</source>
        <translation>%1 Giga</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(attuale)</translation>
    </message>
    <message>
        <source>Now %1 Giga a month; %2 used this month.</source>
        <translation>Ora %1 Giga al mese; %2 usati questo mese.</translation>
    </message>
    <message>
        <source>347 123 4567</source>
        <translation>347 123 4567</translation>
    </message>
    <message>
        <source>The referent receives the SMS when the package reaches 80% and 100% of its Giga. Now: %1.</source>
        <translation>Il referente riceve l&apos;SMS quando il pacchetto raggiunge l&apos;80% e il 100% dei suoi Giga. Ora: %1.</translation>
    </message>
    <message>
        <source>This month the package has %1 extra Giga (at most %2).</source>
        <translation>Questo mese il pacchetto ha %1 Giga extra (al massimo %2).</translation>
    </message>
    <message>
        <source>Choose a package</source>
        <translation>Scegli un pacchetto</translation>
    </message>
    <message>
        <source>%1 · %2 free of %3</source>
        <translation>%1 · %2 posti liberi su %3</translation>
    </message>
    <message>
        <source>Confirm to send the request.</source>
        <translation>Conferma per inviare la richiesta.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>GssView</name>
    <message>
        <source>Package ID</source>
        <translation>ID pacchetto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Giga/month</source>
        <translation>Giga/mese</translation>
    </message>
    <message>
        <source>Extra Giga</source>
        <translation>Giga extra</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usato</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Search package, type or referent</source>
        <translation>Cerca pacchetto, tipologia o referente</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Cerca pacchetti</translation>
    </message>
    <message>
        <source>Giga Smart Share packages</source>
        <translation>Pacchetti Giga Smart Share</translation>
    </message>
    <message>
        <source>Choose a package to see its SIMs.</source>
        <translation>Scegli un pacchetto per vederne le SIM.</translation>
    </message>
    <message>
        <source>Pooled Giga</source>
        <translation>Giga condivisi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Giga erosi</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Credito residuo</translation>
    </message>
    <message>
        <source>SIMs of the package</source>
        <translation>SIM del pacchetto</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visualizza</translation>
    </message>
    <message>
        <source>Data used and remaining credit of the chosen SIM</source>
        <translation>Giga erosi e credito residuo della SIM scelta</translation>
    </message>
    <message>
        <source>Change Giga…</source>
        <translation>Cambia Giga…</translation>
    </message>
    <message>
        <source>Change referent…</source>
        <translation>Cambia referente…</translation>
    </message>
    <message>
        <source>Add extra Giga…</source>
        <translation>Aggiungi Giga extra…</translation>
    </message>
    <message>
        <source>Move SIMs…</source>
        <translation>Sposta SIM…</translation>
    </message>
    <message>
        <source>GSS management</source>
        <translation>Gestione GSS</translation>
    </message>
    <message>
        <source>Package %1 · %2</source>
        <translation>Pacchetto %1 · %2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>residui</translation>
    </message>
    <message>
        <source>used %1 of %2</source>
        <translation>usati %1 di %2</translation>
    </message>
    <message>
        <source>%1 Giga a month + %2 extra Giga</source>
        <translation>%1 Giga al mese + %2 Giga extra</translation>
    </message>
    <message>
        <source>%1 of at most %2 SIMs</source>
        <translation>%1 SIM su un massimo di %2</translation>
    </message>
    <message>
        <source>%1 associated devices</source>
        <translation>%1 dispositivi associati</translation>
    </message>
    <message>
        <source>Referent: %1</source>
        <translation>Referente: %1</translation>
    </message>
    <message>
        <source>Thresholds reached this month: %1</source>
        <translation>Soglie raggiunte questo mese: %1</translation>
    </message>
    <message>
        <source>%1 packages</source>
        <translation>%1 pacchetti</translation>
    </message>
    <message>
        <source>%1 of %2 packages</source>
        <translation>%1 di %2 pacchetti</translation>
    </message>
</context>
<context>
    <name>InvoiceFlows</name>
    <message>
        <source>The invoices cannot be loaded now. Try again later.</source>
        <translation>Al momento non è possibile caricare le fatture. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Everything chosen is already in the archive.</source>
        <translation>Tutto ciò che hai scelto è già nell&apos;archivio.</translation>
    </message>
    <message>
        <source>Download cancelled: %1 files archived. The rest can be downloaded later.</source>
        <translation>Download annullato: %1 file archiviati. Il resto si può scaricare più tardi.</translation>
    </message>
    <message>
        <source>Sign in to download invoices: %1 files archived so far.</source>
        <translation>Accedi per scaricare le fatture: finora %1 file archiviati.</translation>
    </message>
    <message>
        <source>Download interrupted (%2): %1 files archived; resume it when the server is reachable.</source>
        <translation>Download interrotto (%2): %1 file archiviati; riprendilo quando il server è raggiungibile.</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>server non raggiungibile</translation>
    </message>
    <message>
        <source>%1 files archived; %3 could not be downloaded.</source>
        <translation>%1 file archiviati; %3 non è stato possibile scaricarli.</translation>
    </message>
    <message>
        <source>%1 files archived (the PDF and the electronic invoice of each invoice).</source>
        <translation>%1 file archiviati (il PDF e la fattura elettronica di ogni fattura).</translation>
    </message>
    <message>
        <source>The file asked for could not be opened: it is not in the archive.</source>
        <translation>Il file richiesto non si può aprire: non è nell&apos;archivio.</translation>
    </message>
    <message>
        <source>This invoice has no call detail (it is not enabled for the billing account).</source>
        <translation>Questa fattura non ha il dettaglio chiamate (non è attivo per l&apos;account di fatturazione).</translation>
    </message>
    <message>
        <source>The archived file of invoice %1 was damaged: it is being downloaded again.</source>
        <translation>Il file archiviato della fattura %1 era danneggiato: viene scaricato di nuovo.</translation>
    </message>
    <message>
        <source>The archived file is damaged or missing: download it again.</source>
        <translation>Il file archiviato è danneggiato o mancante: scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>%1-call-detail.csv</source>
        <translation>%1-dettaglio-chiamate.csv</translation>
    </message>
    <message>
        <source>Invoice sent by e-mail to %1.</source>
        <translation>Fattura inviata via e-mail a %1.</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Account di fatturazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emessa il</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivio</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Scaricata</translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation>Scaricata in parte</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non scaricata</translation>
    </message>
</context>
<context>
    <name>KeepUpdatedDialog</name>
    <message>
        <source>Keep me updated · %1</source>
        <translation>Tienimi aggiornato · %1</translation>
    </message>
    <message>
        <source>Get a message at every stage of the activation of line %1.</source>
        <translation>Ricevi un messaggio a ogni fase dell&apos;attivazione della linea %1.</translation>
    </message>
    <message>
        <source>By SMS</source>
        <translation>Via SMS</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Via email</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Nessun messaggio</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>Numero di cellulare:</translation>
    </message>
    <message>
        <source>e.g. 347 123 4567</source>
        <translation>es. 347 123 4567</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numero di cellulare</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>e.g. name@company.it</source>
        <translation>es. nome@azienda.it</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Label and note</source>
        <translation>Etichetta e nota</translation>
    </message>
    <message>
        <source>e.g. the employee&apos;s name or a cost centre</source>
        <translation>es. il nome del dipendente o un centro di costo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Kept on this computer only: never sent to WINDTRE.</source>
        <translation>Conservate solo su questo computer: mai inviate a WINDTRE.</translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Search by number, name or offer</source>
        <translation>Cerca per numero, nome o offerta</translation>
    </message>
    <message>
        <source>Search lines</source>
        <translation>Cerca linee</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Tutta l&apos;azienda</translation>
    </message>
    <message>
        <source>Company lines</source>
        <translation>Linee aziendali</translation>
    </message>
    <message numerus="yes">
        <source>%1 line(s)</source>
        <translation>
            <numerusform>%1 linea</numerusform>
            <numerusform>%1 linee</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 di %2 linee</translation>
    </message>
</context>
<context>
    <name>LinesTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>WINDTRE Business</source>
        <translation>WINDTRE Business</translation>
    </message>
    <message>
        <source>Sign in to the business customer area</source>
        <translation>Accedi all&apos;Area Clienti Business</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Username or mobile number</source>
        <translation>Username o numero di cellulare</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Ricordami</translation>
    </message>
    <message>
        <source>Keeps you signed in on this computer (the session is kept in the system keyring).</source>
        <translation>Resta connesso su questo computer (la sessione è conservata nel portachiavi di sistema).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Username and password are case-sensitive.</source>
        <translation>Username e password distinguono tra maiuscole e minuscole.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Errore di accesso</translation>
    </message>
    <message>
        <source>Open saved data (offline)</source>
        <translation>Consulta i dati salvati (offline)</translation>
    </message>
    <message>
        <source>Sign in directly</source>
        <translation>Accedi direttamente</translation>
    </message>
    <message>
        <source>Works only for employees, when the WINDTRE mobile network recognises your line (SIM in use or tethering).</source>
        <translation>Funziona solo per i dipendenti, quando la rete mobile WINDTRE riconosce la tua linea (SIM in uso o tethering).</translation>
    </message>
    <message>
        <source>For employees connected to the WINDTRE mobile network</source>
        <translation>Per i dipendenti connessi alla rete mobile WINDTRE</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Non ricordi la password?</translation>
    </message>
    <message>
        <source>Register: create a User Admin</source>
        <translation>Registrati – Crea uno User Admin</translation>
    </message>
    <message>
        <source>Register: create an employee account</source>
        <translation>Registrati – Crea un account dipendente</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Cambia server</translation>
    </message>
    <message>
        <source>Which server do you sign in to?</source>
        <translation>Su quale server vuoi accedere?</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Indirizzo del server</translation>
    </message>
    <message>
        <source>Your company&apos;s IT department or WINDTRE gives you the address. It must start with https://.</source>
        <translation>L&apos;indirizzo te lo comunica l&apos;ufficio IT della tua azienda o WINDTRE. Deve iniziare con https://.</translation>
    </message>
    <message>
        <source>Server address error</source>
        <translation>Errore nell&apos;indirizzo del server</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usa questo server</translation>
    </message>
    <message>
        <source>No server yet? Try the app with a sample company:</source>
        <translation>Non hai ancora un server? Prova l&apos;app con un&apos;azienda di esempio:</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prova la demo</translation>
    </message>
    <message>
        <source>The demo runs on this computer, with sample lines and accounts: nothing is sent to WINDTRE.</source>
        <translation>La demo funziona su questo computer, con linee e account di esempio: nulla viene inviato a WINDTRE.</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Torna all&apos;accesso</translation>
    </message>
    <message>
        <source>Demo (this computer)</source>
        <translation>Demo (questo computer)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Avvio della demo…</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Indirizzo del server: %1</translation>
    </message>
    <message>
        <source>Demo backend: try these accounts</source>
        <translation>Backend dimostrativo: prova questi account</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usa</translation>
    </message>
    <message>
        <source>SMS and emails sent, test data for registering…</source>
        <translation>SMS ed email inviati, dati di prova per registrarsi…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Username: enter your username or mobile number.</source>
        <translation>Username: inserisci lo username o il numero di cellulare.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Password: inserisci la password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WINDTRE Business</source>
        <translation>WINDTRE Business</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Update state</source>
        <translation>Stato aggiornamento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Update the data now (F5)</source>
        <translation>Aggiorna ora i dati (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Refresh data</source>
        <translation>&amp;Aggiorna i dati</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Esci dall&apos;account</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Find a line, invoice, ticket, package, setting or screen (Ctrl+K)</source>
        <translation>Trova una linea, fattura, ticket, pacchetto, impostazione o schermata (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Loss or theft…</source>
        <translation>&amp;Furto o smarrimento…</translation>
    </message>
    <message>
        <source>Replace a lost or stolen SIM, or block a phone&apos;s IMEI (Ctrl+Shift+F)</source>
        <translation>Sostituisci una SIM smarrita o rubata, o blocca l&apos;IMEI di un telefono (Ctrl+Maiusc+F)</translation>
    </message>
    <message>
        <source>&amp;Open electronic invoice…</source>
        <translation>Apri fattura &amp;elettronica…</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Azioni rapide</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>Open an electronic invoice</source>
        <translation>Apri una fattura elettronica</translation>
    </message>
    <message>
        <source>FatturaPA (*.xml *.p7m);;All files (*)</source>
        <translation>FatturaPA (*.xml *.p7m);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Managers</name>
    <message>
        <source>%1 can now sign in: a temporary password was sent by email to %2. At the first sign-in a new password will be required.</source>
        <translation>%1 ora può accedere: è stata inviata una password temporanea via email all&apos;indirizzo %2. Al primo accesso verrà richiesta una nuova password.</translation>
    </message>
    <message>
        <source>New Telco Manager</source>
        <translation>Nuovo Telco Manager</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>4–30 letters, digits, dots, dashes or underscores; upper and lower case count</source>
        <translation>4–30 caratteri tra lettere, cifre, punti, trattini o trattini bassi; distingue tra maiuscole e minuscole</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numero di cellulare</translation>
    </message>
    <message>
        <source>A Telco Manager can do everything you can except managing Telco Managers. Only you will be able to delete this profile.</source>
        <translation>Un Telco Manager può fare tutto quello che puoi fare tu, tranne gestire i Telco Manager. Solo tu potrai eliminare questo profilo.</translation>
    </message>
    <message>
        <source>Telco Manager created</source>
        <translation>Telco Manager creato</translation>
    </message>
</context>
<context>
    <name>NotificationFlows</name>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>%1 new notifications</source>
        <translation>%1 nuove notifiche</translation>
    </message>
    <message>
        <source>Desktop notifications saved.</source>
        <translation>Notifiche sul desktop salvate.</translation>
    </message>
    <message>
        <source>Notification settings saved.</source>
        <translation>Impostazioni delle notifiche salvate.</translation>
    </message>
    <message>
        <source>Data abroad on this line is not blocked now.</source>
        <translation>Il traffico dati all&apos;estero di questa linea ora non è bloccato.</translation>
    </message>
    <message>
        <source>This line has already used both unlocks of data abroad.</source>
        <translation>Questa linea ha già usato entrambi gli sblocchi del traffico dati all&apos;estero.</translation>
    </message>
    <message>
        <source>Unlock data abroad</source>
        <translation>Sblocca i dati all&apos;estero</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Data abroad unlocked on %1. Unlocks left: %2.</source>
        <translation>Dati all&apos;estero sbloccati sul %1. Sblocchi rimasti: %2.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Choose which notifications the company receives and how. Ticket statuses are always sent. The desktop column is this app&apos;s own pop-up, on this computer.</source>
        <translation>Scegli quali notifiche riceve l&apos;azienda e come. Gli stati dei ticket arrivano sempre. La colonna Desktop è l&apos;avviso di questa app, su questo computer.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: attiva</translation>
    </message>
    <message>
        <source>always on</source>
        <translation>sempre attiva</translation>
    </message>
    <message>
        <source>%1: desktop</source>
        <translation>%1: desktop</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Choose which notifications this app shows as a pop-up on this computer.</source>
        <translation>Scegli quali notifiche questa app mostra come avviso su questo computer.</translation>
    </message>
    <message>
        <source>Not available for this notification</source>
        <translation>Non disponibile per questa notifica</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Notification %1</source>
        <translation>Notifica %1</translation>
    </message>
    <message>
        <source>Invoice %1 of %2 was due on %3 and is not paid (billing account %4).</source>
        <translation>La fattura %1 di %2 scadeva il %3 e non è pagata (conto di fatturazione %4).</translation>
    </message>
    <message>
        <source>The payment method of the billing account %1 (%2) is no longer valid: update it.</source>
        <translation>Il metodo di pagamento del conto di fatturazione %1 (%2) non è più valido: aggiornalo.</translation>
    </message>
    <message>
        <source>A promotion for your company: %1.</source>
        <translation>Una promozione per la tua azienda: %1.</translation>
    </message>
    <message>
        <source>The line %1 used all its data abroad (%2 of %3): data abroad is blocked. Unlocks used: %4 of 2.</source>
        <translation>La linea %1 ha usato tutti i dati all&apos;estero (%2 di %3): il traffico dati all&apos;estero è bloccato. Sblocchi usati: %4 su 2.</translation>
    </message>
    <message>
        <source>The line %1 used %2% of its data abroad (%3 of %4).</source>
        <translation>La linea %1 ha usato il %2% dei dati all&apos;estero (%3 di %4).</translation>
    </message>
    <message>
        <source>Activation %1 of the fixed line %2: %3 (%4%).</source>
        <translation>Attivazione %1 della linea fissa %2: %3 (%4%).</translation>
    </message>
    <message>
        <source>Ticket %1 is now: %2.</source>
        <translation>Il ticket %1 ora è: %2.</translation>
    </message>
    <message>
        <source>An event of a kind this app does not know yet: %1</source>
        <translation>Un evento di un tipo che questa app non conosce ancora: %1</translation>
    </message>
    <message>
        <source>Notifications: “%1” is on, so choose at least one channel (SMS or email) or switch it off.</source>
        <translation>Notifiche: «%1» è attiva, quindi scegli almeno un canale (SMS o email) oppure disattivala.</translation>
    </message>
    <message>
        <source>Notifications: “%1” cannot be sent by %2.</source>
        <translation>Notifiche: «%1» non può essere inviata via %2.</translation>
    </message>
    <message>
        <source>Unlock data abroad on the line %1 for one more window of the same threshold? After this unlock %2 of 2 will be left.</source>
        <translation>Sbloccare i dati all&apos;estero sulla linea %1 per un&apos;altra soglia uguale? Dopo questo sblocco ne resteranno %2 su 2.</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>unread</source>
        <translation>da leggere</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Notification pages</source>
        <translation>Pagine di Notifiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo da leggere</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Segna tutte come lette</translation>
    </message>
    <message>
        <source>Unlock data abroad</source>
        <translation>Sblocca i dati all&apos;estero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Nessuna notifica per ora.</translation>
    </message>
    <message>
        <source>Notification centre</source>
        <translation>Centro notifiche</translation>
    </message>
    <message>
        <source>Manage notifications</source>
        <translation>Gestione Notifiche</translation>
    </message>
    <message>
        <source>No notifications match the filter.</source>
        <translation>Nessuna notifica corrisponde al filtro.</translation>
    </message>
    <message>
        <source>Giga Smart Share package %1 reached %2% of its Giga (%3 of %4 used). An SMS went to the referent %5.</source>
        <translation>Il pacchetto Giga Smart Share %1 ha raggiunto l&apos;%2% dei suoi Giga (%3 di %4 usati). Un SMS è andato al referente %5.</translation>
    </message>
</context>
<context>
    <name>OnlineRechargeView</name>
    <message>
        <source>Top up the company&apos;s prepaid mobile lines: up to ten numbers at a time, the same amount on each.</source>
        <translation>Ricarica le linee mobili prepagate dell&apos;azienda: fino a dieci numeri alla volta, lo stesso importo su ciascuno.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Search by number</source>
        <translation>Cerca per numero</translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation>Piano tariffario</translation>
    </message>
    <message>
        <source>Search by tariff plan</source>
        <translation>Cerca per piano tariffario</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Prepaid lines found</source>
        <translation>Linee prepagate trovate</translation>
    </message>
    <message>
        <source>Add to the recharge</source>
        <translation>Aggiungi alla ricarica</translation>
    </message>
    <message>
        <source>Numbers to top up</source>
        <translation>Numeri da ricaricare</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carta di credito</translation>
    </message>
    <message>
        <source>Charge to the invoice</source>
        <translation>Addebito in fattura</translation>
    </message>
    <message>
        <source>The card is typed on the operator&apos;s secure payment page, which opens in your browser: this app never sees or stores the card number.</source>
        <translation>I dati della carta si inseriscono sulla pagina di pagamento sicura dell&apos;operatore, che si apre nel browser: questa app non vede né conserva mai il numero della carta.</translation>
    </message>
    <message>
        <source>Confirm the recharge</source>
        <translation>Conferma la ricarica</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Complete the payment on the operator&apos;s secure page in your browser. This page follows the order and shows the result as soon as the payment ends.</source>
        <translation>Completa il pagamento sulla pagina sicura dell&apos;operatore nel browser. Questa pagina segue l&apos;ordine e mostra l&apos;esito appena il pagamento termina.</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Riapri la pagina di pagamento</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Smetti di attendere</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transazione</translation>
    </message>
    <message>
        <source>New credit</source>
        <translation>Nuovo credito</translation>
    </message>
    <message>
        <source>Recharge result</source>
        <translation>Esito della ricarica</translation>
    </message>
    <message>
        <source>Recharge history (Account › Recharges)</source>
        <translation>Storico Ricariche (Conto › Ricariche)</translation>
    </message>
    <message>
        <source>New recharge</source>
        <translation>Nuova ricarica</translation>
    </message>
    <message>
        <source>1 prepaid line</source>
        <translation>1 linea prepagata</translation>
    </message>
    <message>
        <source>%1 prepaid lines</source>
        <translation>%1 linee prepagate</translation>
    </message>
    <message>
        <source>Numbers to top up: %1 of at most %2</source>
        <translation>Numeri da ricaricare: %1 su un massimo di %2</translation>
    </message>
    <message>
        <source>Choose the numbers and the amount.</source>
        <translation>Scegli i numeri e l&apos;importo.</translation>
    </message>
    <message>
        <source>1 line × %2 = %3</source>
        <translation>1 linea × %2 = %3</translation>
    </message>
    <message>
        <source>%1 lines × %2 = %3</source>
        <translation>%1 linee × %2 = %3</translation>
    </message>
    <message>
        <source>Waiting for the payment of order %1 (%2)…</source>
        <translation>In attesa del pagamento dell&apos;ordine %1 (%2)…</translation>
    </message>
    <message>
        <source>You stopped waiting for order %1. If you complete the payment, the recharge appears in the line&apos;s recharge history (Account › Recharges).</source>
        <translation>Hai smesso di attendere l&apos;ordine %1. Se completi il pagamento, la ricarica compare nello Storico Ricariche della linea (Conto › Ricariche).</translation>
    </message>
    <message>
        <source>The payment was not completed in time (10 minutes): nothing was charged and no line was topped up. You can try again.</source>
        <translation>Il pagamento non è stato completato in tempo (10 minuti): non è stato addebitato nulla e nessuna linea è stata ricaricata. Puoi riprovare.</translation>
    </message>
    <message>
        <source>The payment was refused: nothing was charged and no line was topped up. Try another card or charge the recharge to the invoice.</source>
        <translation>Il pagamento è stato rifiutato: non è stato addebitato nulla e nessuna linea è stata ricaricata. Prova con un&apos;altra carta o con l&apos;addebito in fattura.</translation>
    </message>
    <message>
        <source>The recharge failed (%1): no line was topped up.</source>
        <translation>La ricarica non è riuscita (%1): nessuna linea è stata ricaricata.</translation>
    </message>
    <message>
        <source>Done: %1 on the line, %3 in all (%4).</source>
        <translation>Fatto: %1 sulla linea, %3 in tutto (%4).</translation>
    </message>
    <message>
        <source>Done: %1 on each of %2 lines, %3 in all (%4).</source>
        <translation>Fatto: %1 su ciascuna delle %2 linee, %3 in tutto (%4).</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Numbers: this number is already chosen.</source>
        <translation>Numeri: questo numero è già scelto.</translation>
    </message>
    <message>
        <source>Numbers: at most ten numbers (R-65). Remove one to add another.</source>
        <translation>Numeri: al massimo dieci numeri (R-65). Togline uno per aggiungerne un altro.</translation>
    </message>
    <message>
        <source>Numbers: choose one SIM or up to ten numbers (R-65).</source>
        <translation>Numeri: scegli una SIM o fino a dieci numeri (R-65).</translation>
    </message>
    <message>
        <source>Numbers: at most ten numbers (R-65).</source>
        <translation>Numeri: al massimo dieci numeri (R-65).</translation>
    </message>
    <message>
        <source>Numbers: the same number is chosen twice.</source>
        <translation>Numeri: lo stesso numero è scelto due volte.</translation>
    </message>
    <message>
        <source>A request is still running (%1, %2 % done): a new activation or deactivation waits until it completes (R-65).</source>
        <translation>Una richiesta è ancora in corso (%1, al %2 %): una nuova attivazione o disattivazione deve attendere che sia completata (R-65).</translation>
    </message>
    <message>
        <source>Option: choose an option from the catalogue.</source>
        <translation>Opzione: scegli un&apos;opzione dal catalogo.</translation>
    </message>
    <message>
        <source>Check the compatibility of the chosen numbers first.</source>
        <translation>Verifica prima la compatibilità dei numeri scelti.</translation>
    </message>
    <message>
        <source>%1 of the chosen numbers cannot have this change: remove them to send the request.</source>
        <translation>Togli i numeri non compatibili con questa modifica (%1) per inviare la richiesta.</translation>
    </message>
    <message>
        <source>Service: choose a service.</source>
        <translation>Servizio: scegli un servizio.</translation>
    </message>
    <message>
        <source>Check the service first.</source>
        <translation>Verifica prima il servizio.</translation>
    </message>
    <message>
        <source>This change is not possible on this line.</source>
        <translation>Questa modifica non è possibile su questa linea.</translation>
    </message>
</context>
<context>
    <name>OptionsFlows</name>
    <message>
        <source>Done: “%1” is now active.</source>
        <translation>Fatto: «%1» ora è attivo.</translation>
    </message>
    <message>
        <source>Done: “%1” is now off.</source>
        <translation>Fatto: «%1» ora è disattivato.</translation>
    </message>
</context>
<context>
    <name>OptionsView</name>
    <message>
        <source>Compatible</source>
        <translation>Compatibile</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Aggiungi numero</translation>
    </message>
    <message>
        <source>Chosen numbers</source>
        <translation>Numeri scelti</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Togli numero</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Check compatibility</source>
        <translation>Verifica compatibilità</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Compatibility of the chosen numbers</source>
        <translation>Compatibilità dei numeri scelti</translation>
    </message>
    <message>
        <source>Drop the incompatible numbers</source>
        <translation>Togli i numeri non compatibili</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Invia richiesta</translation>
    </message>
    <message>
        <source>Option request</source>
        <translation>Richiesta opzione</translation>
    </message>
    <message>
        <source>Progress of the option request</source>
        <translation>Avanzamento della richiesta opzione</translation>
    </message>
    <message>
        <source>%1 — %2 a month</source>
        <translation>%1 — %2 al mese</translation>
    </message>
    <message>
        <source>Choose an option from the catalogue.</source>
        <translation>Scegli un&apos;opzione dal catalogo.</translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation>Caricamento del catalogo…</translation>
    </message>
    <message>
        <source>%1 · %2 a month · %3</source>
        <translation>%1 · %2 al mese · %3</translation>
    </message>
    <message>
        <source>Option: choose an option from the catalogue.</source>
        <translation>Opzione: scegli un&apos;opzione dal catalogo.</translation>
    </message>
    <message>
        <source>Chosen numbers: %1 of %2</source>
        <translation>Numeri scelti: %1 su %2</translation>
    </message>
    <message>
        <source>Every chosen number is compatible: the request can be sent.</source>
        <translation>Tutti i numeri scelti sono compatibili: la richiesta si può inviare.</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 numbers: running, expected by %4 (%5).</source>
        <translation>%1 di %2 su %3 numeri: in corso, prevista entro %4 (%5).</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 numbers: completed on %4 (%5).</source>
        <translation>%1 di %2 su %3 numeri: completata il %4 (%5).</translation>
    </message>
</context>
<context>
    <name>PaletteFlows</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation>Frequenza di aggiornamento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifiche sul desktop</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fattura %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Pacchetto %1</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document pages</source>
        <translation>Pagine del documento</translation>
    </message>
    <message>
        <source>Document error</source>
        <translation>Errore del documento</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Altri strumenti</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Pagina precedente (PagSu)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Pagina successiva (PagGiù)</translation>
    </message>
    <message>
        <source>Page to show</source>
        <translation>Pagina da mostrare</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Numero di pagine</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta larghezza</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Adatta la larghezza della pagina alla finestra</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Mostra la pagina intera</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>Cerca nel documento</translation>
    </message>
    <message>
        <source>Search in the document (Ctrl+F), Enter for the next result</source>
        <translation>Cerca nel documento (Ctrl+F), Invio per il risultato successivo</translation>
    </message>
    <message>
        <source>Previous result</source>
        <translation>Risultato precedente</translation>
    </message>
    <message>
        <source>Previous result (Shift+F3)</source>
        <translation>Risultato precedente (Maiusc+F3)</translation>
    </message>
    <message>
        <source>Next result</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <source>Next result (F3)</source>
        <translation>Risultato successivo (F3)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Stampa il documento (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation>Salva una copia del PDF</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Apri con il visualizzatore di sistema</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF application</source>
        <translation>Apri il PDF con l&apos;applicazione PDF del sistema</translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be shown.</source>
        <translation>%1 è protetto da password e non può essere mostrato.</translation>
    </message>
    <message>
        <source>%1 is protected in a way that is not supported and cannot be shown.</source>
        <translation>%1 ha una protezione non supportata e non può essere mostrato.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 non ha pagine.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file: it may be damaged or of another kind.</source>
        <translation>%1 non è un file PDF leggibile: potrebbe essere danneggiato o di un altro tipo.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Il documento</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be shown (%2; the limit is %3).</source>
        <translation>%1 è troppo grande per essere mostrato (%2; il limite è %3).</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 trovati</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Impossibile stampare il documento.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Salva il PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfWindow</name>
    <message>
        <source>A copy without fiscal validity: the fiscal invoice is the electronic one delivered through the Sistema di Interscambio.</source>
        <translation>Copia senza valore fiscale: la fattura fiscale è quella elettronica recapitata tramite il Sistema di Interscambio.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fattura %1</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Giga per month</source>
        <translation>Giga al mese</translation>
    </message>
    <message>
        <source>Referent&apos;s mobile number</source>
        <translation>Cellulare del referente</translation>
    </message>
    <message>
        <source>Extra Giga</source>
        <translation>Giga extra</translation>
    </message>
    <message>
        <source>SIMs to move</source>
        <translation>SIM da spostare</translation>
    </message>
    <message>
        <source>Destination package</source>
        <translation>Pacchetto di destinazione</translation>
    </message>
    <message>
        <source>%1: choose one of %2 Giga.</source>
        <translation>%1: scegli tra %2 Giga.</translation>
    </message>
    <message>
        <source>%1: the package already has %2 Giga a month.</source>
        <translation>%1: il pacchetto ha già %2 Giga al mese.</translation>
    </message>
    <message>
        <source>%1: the package has already used %2 Giga this month; a plan under that cannot be chosen.</source>
        <translation>%1: il pacchetto ha già usato %2 Giga questo mese; non si può scegliere un piano inferiore.</translation>
    </message>
    <message>
        <source>%1: at most %2 extra Giga a month; this package has %3 already.</source>
        <translation>%1: al massimo %2 Giga extra al mese; questo pacchetto ne ha già %3.</translation>
    </message>
    <message>
        <source>%1: choose at least one SIM.</source>
        <translation>%1: scegli almeno una SIM.</translation>
    </message>
    <message>
        <source>%1: at most %2 SIMs at a time (you chose %3).</source>
        <translation>%1: al massimo %2 SIM alla volta (ne hai scelte %3).</translation>
    </message>
    <message>
        <source>%1: choose the package the SIMs go to.</source>
        <translation>%1: scegli il pacchetto in cui spostare le SIM.</translation>
    </message>
    <message>
        <source>%1: the SIMs are already in package %2.</source>
        <translation>%1: le SIM sono già nel pacchetto %2.</translation>
    </message>
    <message>
        <source>%1: %2 is already in package %3.</source>
        <translation>%1: %2 è già nel pacchetto %3.</translation>
    </message>
    <message>
        <source>%1: package %2 has room for %3 more SIMs (at most %4), not %5.</source>
        <translation>%1: il pacchetto %2 ha spazio per %3 SIM in più (al massimo %4), non %5.</translation>
    </message>
    <message>
        <source>Upgrade package %1 from %2 to %3 Giga a month.</source>
        <translation>Passa il pacchetto %1 da %2 a %3 Giga al mese.</translation>
    </message>
    <message>
        <source>Downgrade package %1 from %2 to %3 Giga a month.</source>
        <translation>Riduci il pacchetto %1 da %2 a %3 Giga al mese.</translation>
    </message>
    <message>
        <source>Change the referent of package %1 from %2 to %3.</source>
        <translation>Cambia il referente del pacchetto %1 da %2 a %3.</translation>
    </message>
    <message>
        <source>Add %2 extra Giga to package %1: its extra Giga this month go from %3 to %4.</source>
        <translation>Aggiungi %2 Giga extra al pacchetto %1: i suoi Giga extra di questo mese passano da %3 a %4.</translation>
    </message>
    <message>
        <source>Move %1 SIM(s) (%2) from package %3 to package %4: %3 goes from %5 to %6 SIMs, %4 from %7 to %8.</source>
        <translation>Sposta %1 SIM (%2) dal pacchetto %3 al pacchetto %4: %3 passa da %5 a %6 SIM, %4 da %7 a %8.</translation>
    </message>
</context>
<context>
    <name>ProductsFlows</name>
    <message>
        <source>Done: package %1 now has %2 Giga a month.</source>
        <translation>Fatto: il pacchetto %1 ora ha %2 Giga al mese.</translation>
    </message>
    <message>
        <source>Done: the referent of package %1 is now %2.</source>
        <translation>Fatto: il referente del pacchetto %1 ora è %2.</translation>
    </message>
    <message>
        <source>Done: package %1 now has %2 extra Giga this month.</source>
        <translation>Fatto: il pacchetto %1 ora ha %2 Giga extra questo mese.</translation>
    </message>
    <message>
        <source>Done: %1 SIM(s) moved from package %2 to package %3.</source>
        <translation>Fatto: %1 SIM spostate dal pacchetto %2 al pacchetto %3.</translation>
    </message>
    <message>
        <source>none (a subscription line)</source>
        <translation>nessuno (linea in abbonamento)</translation>
    </message>
    <message>
        <source>SIM %1</source>
        <translation>SIM %1</translation>
    </message>
    <message>
        <source>Package %1
Holder: %2
Data used this month: %3
Remaining credit: %4</source>
        <translation>Pacchetto %1
Intestatario: %2
Giga erosi questo mese: %3
Credito residuo: %4</translation>
    </message>
</context>
<context>
    <name>ProductsMobileView</name>
    <message>
        <source>Choose a line to see its details.</source>
        <translation>Scegli una linea per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation>Credito residuo</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Billing account</translation>
    </message>
    <message>
        <source>PIN and PUK are asked of the server when you show them; they are never saved on this computer.</source>
        <translation>PIN e PUK si chiedono al server quando li mostri; non sono mai salvati su questo computer.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Ricaricabile</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Products pages</source>
        <translation>Pagine di Prodotti</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Giga Smart Share</source>
        <translation>Giga Smart Share</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions</source>
        <translation>Promozioni</translation>
    </message>
    <message>
        <source>No promotion for the company&apos;s lines at the moment.</source>
        <translation>Al momento nessuna promozione per le linee dell&apos;azienda.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Lines of the promotion</source>
        <translation>Linee della promozione</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 line(s)</source>
        <translation>
            <numerusform>%1 · %2 linea</numerusform>
            <numerusform>%1 · %2 linee</numerusform>
        </translation>
    </message>
    <message>
        <source>These promotions are dedicated to the company&apos;s lines. To activate one, call %1.</source>
        <translation>Queste promozioni sono dedicate alle linee dell&apos;azienda. Per attivarne una, chiama il %1.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama il %1</translation>
    </message>
    <message>
        <source>%1 · valid until %2</source>
        <translation>%1 · valida fino al %2</translation>
    </message>
    <message numerus="yes">
        <source>It applies to %1 line(s):</source>
        <translation>
            <numerusform>Vale per %1 linea:</numerusform>
            <numerusform>Vale per %1 linee:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RechargeFlows</name>
    <message>
        <source>Saved: the automatic recharge of %1 is active.</source>
        <translation>Salvata: la ricarica automatica del %1 è attiva.</translation>
    </message>
    <message>
        <source>Next top-up: %1.</source>
        <translation>Prossima ricarica: %1.</translation>
    </message>
    <message>
        <source>The automatic recharge was cancelled.</source>
        <translation>La ricarica automatica è stata annullata.</translation>
    </message>
</context>
<context>
    <name>RechargeRules</name>
    <message>
        <source>Numbers: at most %1 numbers in one online recharge (R-64).</source>
        <translation>Numeri: al massimo %1 numeri in una ricarica online (R-64).</translation>
    </message>
    <message>
        <source>Numbers: choose at least one number to top up.</source>
        <translation>Numeri: scegli almeno un numero da ricaricare.</translation>
    </message>
    <message>
        <source>Numbers: each number may be chosen only once.</source>
        <translation>Numeri: ogni numero si può scegliere una volta sola.</translation>
    </message>
    <message>
        <source>Numbers: %1 is not a prepaid mobile line; only prepaid SIMs can be topped up.</source>
        <translation>Numeri: il %1 non è una linea mobile prepagata; si ricaricano solo le SIM prepagate.</translation>
    </message>
    <message>
        <source>Amount: choose one of the amounts offered.</source>
        <translation>Importo: scegli uno dei tagli proposti.</translation>
    </message>
    <message>
        <source>Payment: choose credit card or charge to the invoice.</source>
        <translation>Pagamento: scegli carta di credito o addebito in fattura.</translation>
    </message>
    <message>
        <source>Line: choose a prepaid line.</source>
        <translation>Linea: scegli una linea prepagata.</translation>
    </message>
    <message>
        <source>Line: %1 is not a prepaid mobile line; only prepaid SIMs have an automatic recharge.</source>
        <translation>Linea: il %1 non è una linea mobile prepagata; la ricarica automatica è solo per le SIM prepagate.</translation>
    </message>
    <message>
        <source>Kind: choose under a threshold or every month.</source>
        <translation>Tipo: scegli sotto una soglia oppure ogni mese.</translation>
    </message>
    <message>
        <source>Threshold: choose one of the thresholds offered.</source>
        <translation>Soglia: scegli una delle soglie proposte.</translation>
    </message>
</context>
<context>
    <name>RechargesView</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID transazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Choose a line to see its recharges.</source>
        <translation>Scegli una linea per vederne le ricariche.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Esporta in Excel…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation>Ultimi %1 mesi</translation>
    </message>
    <message>
        <source>All recharges</source>
        <translation>Tutte le ricariche</translation>
    </message>
    <message>
        <source>Recharge type</source>
        <translation>Tipo di ricarica</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Attempt status</source>
        <translation>Stato del tentativo</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Search transaction ID, outcome or type</source>
        <translation>Cerca per ID transazione, esito o tipo</translation>
    </message>
    <message>
        <source>Search recharges</source>
        <translation>Cerca nelle ricariche</translation>
    </message>
    <message>
        <source>Recharges made</source>
        <translation>Ricariche effettuate</translation>
    </message>
    <message>
        <source>Recharge attempts</source>
        <translation>Tentativi di ricarica</translation>
    </message>
    <message>
        <source>Recharge history</source>
        <translation>Storico Ricariche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>The recharges cannot be loaded now. Try again later.</source>
        <translation>Al momento non è possibile caricare le ricariche. Riprova più tardi.</translation>
    </message>
    <message>
        <source>No recharge matches the filters.</source>
        <translation>Nessuna ricarica corrisponde ai filtri.</translation>
    </message>
    <message>
        <source>Recharges made: %1 · Total: %2 · Failed attempts: %3</source>
        <translation>Ricariche effettuate: %1 · Totale: %2 · Tentativi falliti: %3</translation>
    </message>
    <message>
        <source>Recharges apply to prepaid lines only</source>
        <translation>Le ricariche riguardano solo le linee prepagate</translation>
    </message>
    <message>
        <source>This line has no recharges</source>
        <translation>Questa linea non ha ricariche</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepagata</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>In abbonamento</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Esporta in Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>Ricariche</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Impossibile salvare il file: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: an unexpected error occurred.</source>
        <translation>Impossibile salvare il file: si è verificato un errore imprevisto.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Recharge history · line %1</source>
        <translation>Storico Ricariche · linea %1</translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Nascondi %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>User Admin</source>
        <translation>User Admin</translation>
    </message>
    <message>
        <source>Telco Manager</source>
        <translation>Telco Manager</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Dipendente</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard, which is cleared after 30 seconds</source>
        <translation>Copiato negli appunti, che vengono svuotati dopo 30 secondi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
</context>
<context>
    <name>SectionRunner</name>
    <message>
        <source>The server&apos;s answer could not be read. Try again later.</source>
        <translation>Non è stato possibile leggere la risposta del server. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again later.</source>
        <translation>Il server non è raggiungibile. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Your profile may not do this.</source>
        <translation>Il tuo profilo non può farlo.</translation>
    </message>
    <message>
        <source>The session has expired: sign in again.</source>
        <translation>La sessione è scaduta: accedi di nuovo.</translation>
    </message>
    <message>
        <source>The request failed. Try again.</source>
        <translation>La richiesta non è riuscita. Riprova.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Fleet overview</source>
        <translation>Panoramica flotta</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Conto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Fai da te</translation>
    </message>
    <message>
        <source>Requests and reports</source>
        <translation>Richieste e segnalazioni</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>SelfServiceSection</name>
    <message>
        <source>Line activations</source>
        <translation>Attivazione linee</translation>
    </message>
    <message>
        <source>SIM associations</source>
        <translation>Associazione SIM</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promozioni</translation>
    </message>
    <message>
        <source>Online recharge</source>
        <translation>Ricarica Online</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Attiva/Disattiva Opzioni</translation>
    </message>
    <message>
        <source>Mobile services</source>
        <translation>Servizi Mobile</translation>
    </message>
    <message>
        <source>Premium services</source>
        <translation>Servizi a Sovrapprezzo</translation>
    </message>
    <message>
        <source>Automatic recharge</source>
        <translation>Ricarica Automatica</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Fai da te</translation>
    </message>
    <message>
        <source>You are offline: the self-service pages need the server. Sign in again when the connection is back.</source>
        <translation>Sei offline: le pagine Fai da te hanno bisogno del server. Accedi di nuovo quando la connessione torna.</translation>
    </message>
    <message>
        <source>Self-service pages</source>
        <translation>Pagine Fai da te</translation>
    </message>
    <message>
        <source>Giga Smart Share management ›</source>
        <translation>Gestione GSS ›</translation>
    </message>
    <message>
        <source>Upgrade or downgrade a package, change its referent, add extra Giga, move SIMs: in Products › Giga Smart Share</source>
        <translation>Upgrade o downgrade di un pacchetto, cambio del referente, Giga extra, spostamento di SIM: in Prodotti › Giga Smart Share</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>enter the address, for example https://selfcare.example.com</source>
        <translation>inserisci l&apos;indirizzo, per esempio https://selfcare.example.com</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it as https://name.of.the.server</source>
        <translation>%1 non è un indirizzo web: scrivilo come https://nome.del.server</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password (nothing before an @)</source>
        <translation>l&apos;indirizzo non deve contenere nome utente o password (niente prima di una @)</translation>
    </message>
    <message>
        <source>a server that is not on this computer must use https (http only for localhost or 127.0.0.1)</source>
        <translation>un server che non è su questo computer deve usare https (http solo per localhost o 127.0.0.1)</translation>
    </message>
</context>
<context>
    <name>ServerLabels</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In negozio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallita</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Recharge made</source>
        <translation>Ricarica effettuata</translation>
    </message>
    <message>
        <source>Awaiting confirmation from the payment circuit</source>
        <translation>In attesa di conferma dal circuito di pagamento</translation>
    </message>
    <message>
        <source>Payment refused by the bank</source>
        <translation>Pagamento rifiutato dalla banca</translation>
    </message>
    <message>
        <source>No answer from the payment page within 10 minutes</source>
        <translation>Nessuna risposta dalla pagina di pagamento entro 10 minuti</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>Carta scaduta</translation>
    </message>
    <message>
        <source>Amount over the card&apos;s limit</source>
        <translation>Importo superiore al limite della carta</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Operazione annullata dall&apos;utente</translation>
    </message>
    <message>
        <source>National call</source>
        <translation>Voce nazionale</translation>
    </message>
    <message>
        <source>Call to mobile</source>
        <translation>Voce verso mobile</translation>
    </message>
    <message>
        <source>International call</source>
        <translation>Voce internazionale</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Data session</source>
        <translation>Sessione dati</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagata</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Call in roaming</source>
        <translation>Chiamata in roaming</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Data in roaming</source>
        <translation>Dati in roaming</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>Altro addebito</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Condivisione dati</translation>
    </message>
    <message>
        <source>Voice and data sharing</source>
        <translation>Condivisione voce e dati</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Pagamento unico</translation>
    </message>
    <message>
        <source>24 instalments</source>
        <translation>24 rate</translation>
    </message>
    <message>
        <source>30 instalments</source>
        <translation>30 rate</translation>
    </message>
    <message>
        <source>36 instalments</source>
        <translation>36 rate</translation>
    </message>
    <message>
        <source>No maintenance</source>
        <translation>Nessuna manutenzione</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carta di credito</translation>
    </message>
    <message>
        <source>Charge to the invoice</source>
        <translation>Addebito in fattura</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>In attesa di pagamento</translation>
    </message>
    <message>
        <source>Under a threshold</source>
        <translation>Sotto una soglia</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Richiesta ricevuta</translation>
    </message>
    <message>
        <source>Feasibility check</source>
        <translation>Verifica di fattibilità</translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation>Intervento pianificato</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installazione</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Collaudo</translation>
    </message>
    <message>
        <source>Line active</source>
        <translation>Linea attiva</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associata</translation>
    </message>
    <message>
        <source>Dissociated</source>
        <translation>Disassociata</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation>Roaming</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Attivazione</translation>
    </message>
    <message>
        <source>Deactivation</source>
        <translation>Disattivazione</translation>
    </message>
    <message>
        <source>A fixed line: options and services are for mobile lines</source>
        <translation>Linea fissa: opzioni e servizi sono per le linee mobili</translation>
    </message>
    <message>
        <source>A data-only SIM: no voice or SMS</source>
        <translation>SIM solo dati: niente voce né SMS</translation>
    </message>
    <message>
        <source>The line&apos;s offer does not allow it</source>
        <translation>L&apos;offerta della linea non lo consente</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Già attiva</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Non attiva</translation>
    </message>
    <message>
        <source>The line bars premium services</source>
        <translation>La linea blocca i servizi a sovrapprezzo</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Mobile services</source>
        <translation>Servizi Mobile</translation>
    </message>
    <message>
        <source>Premium services</source>
        <translation>Servizi a Sovrapprezzo</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>A contenuto</translation>
    </message>
    <message>
        <source>Overdue invoice</source>
        <translation>Fattura scaduta</translation>
    </message>
    <message>
        <source>Invalid payment method</source>
        <translation>Metodo di pagamento non valido</translation>
    </message>
    <message>
        <source>Dedicated promotions</source>
        <translation>Promozioni dedicate</translation>
    </message>
    <message>
        <source>Data threshold abroad</source>
        <translation>Soglia dati all&apos;estero</translation>
    </message>
    <message>
        <source>Fixed-line activation</source>
        <translation>Attivazione linee fisse</translation>
    </message>
    <message>
        <source>Giga Share threshold</source>
        <translation>Soglia consumo Giga Share</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Stato ticket</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Direct debit (SDD)</source>
        <translation>Addebito diretto (SDD)</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bonifico</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>The demo could not start on this computer: %1</source>
        <translation>Non è stato possibile avviare la demo su questo computer: %1</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <source>Choose a mobile line to see its services.</source>
        <translation>Scegli una linea mobile per vederne i servizi.</translation>
    </message>
    <message>
        <source>Technical and content services of the line.</source>
        <translation>Servizi tecnici e a contenuto della linea.</translation>
    </message>
    <message>
        <source>Premium services cost extra, charged on the line&apos;s invoice or credit.</source>
        <translation>I servizi a sovrapprezzo costano in più, addebitati sulla fattura o sul credito della linea.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Price a month</source>
        <translation>Prezzo al mese</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Services of the line</source>
        <translation>Servizi della linea</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Confirm and activate</source>
        <translation>Conferma e attiva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>✓ Possible on this line.</source>
        <translation>✓ Possibile su questa linea.</translation>
    </message>
    <message>
        <source>✗ Not possible: %1.</source>
        <translation>✗ Non possibile: %1.</translation>
    </message>
    <message>
        <source>“%1” is a premium service: it costs %2 a month in addition to the offer of %3. Activate it?</source>
        <translation>«%1» è un servizio a sovrapprezzo: costa %2 al mese in più rispetto all&apos;offerta del %3. Attivarlo?</translation>
    </message>
    <message>
        <source>Nothing was activated.</source>
        <translation>Non è stato attivato nulla.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Use the demo (the embedded test server)</source>
        <translation>Usa la demo (il server di prova incluso)</translation>
    </message>
    <message>
        <source>Default (as started)</source>
        <translation>Predefinito (come all&apos;avvio)</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Ogni %1 minuti</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Ogni %1 ore</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Ogni ora</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>La nuova lingua si applica al prossimo avvio.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Mostra le notifiche sul desktop</translation>
    </message>
    <message>
        <source>Which kinds are shown is chosen in Notifications › Manage notifications.</source>
        <translation>Quali tipi mostrare si sceglie in Notifiche › Gestione Notifiche.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Sposta…</translation>
    </message>
    <message>
        <source>Move… copies the data to another folder when the app starts again, then removes it here.</source>
        <translation>Sposta… copia i dati in un&apos;altra cartella al prossimo avvio dell&apos;app, poi li rimuove da qui.</translation>
    </message>
    <message>
        <source>This start uses the folder given with --data-dir.</source>
        <translation>Questo avvio usa la cartella indicata con --data-dir.</translation>
    </message>
    <message>
        <source>Sign out first: the data of a signed-in account is in use.</source>
        <translation>Esci prima dall&apos;account: i dati di un account collegato sono in uso.</translation>
    </message>
    <message>
        <source>Move the data to</source>
        <translation>Sposta i dati in</translation>
    </message>
    <message>
        <source>At the next start the data moves to %1.</source>
        <translation>Al prossimo avvio i dati verranno spostati in %1.</translation>
    </message>
    <message>
        <source>Data folder: the data could not be moved or found, and stayed in the folder above (%1).</source>
        <translation>Cartella dei dati: non è stato possibile spostare o trovare i dati, che sono rimasti nella cartella qui sopra (%1).</translation>
    </message>
    <message>
        <source>the data is already there.</source>
        <translation>i dati sono già lì.</translation>
    </message>
    <message>
        <source>choose a folder outside the current data folder.</source>
        <translation>scegli una cartella fuori dalla cartella dei dati attuale.</translation>
    </message>
    <message>
        <source>choose a folder that does not contain the current data folder.</source>
        <translation>scegli una cartella che non contenga la cartella dei dati attuale.</translation>
    </message>
    <message>
        <source>choose an empty folder.</source>
        <translation>scegli una cartella vuota.</translation>
    </message>
    <message>
        <source>this app cannot write there.</source>
        <translation>l&apos;app non può scrivere lì.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Cartella dei dati: %1</translation>
    </message>
    <message>
        <source>Clear local data?

Removed from this computer:
• the cached data of every account used here (lines, invoices, traffic, notifications);
• the downloaded invoices (PDF and XML);
• ticket drafts and tickets not sent yet, with their attachments;
• the list of accounts used here, the server chosen last, and the saved sign-ins in the system keychain;
• the logs and the error reports.

Kept: these settings. Nothing is removed from your WINDTRE account; the next sign-in downloads the data again.</source>
        <translation>Cancellare i dati locali?

Vengono rimossi da questo computer:
• i dati in memoria di ogni account usato qui (linee, fatture, traffico, notifiche);
• le fatture scaricate (PDF e XML);
• le bozze delle segnalazioni e le segnalazioni non ancora inviate, con i loro allegati;
• l&apos;elenco degli account usati qui, l&apos;ultimo server scelto e gli accessi salvati nel portachiavi del sistema;
• i log e i rapporti di errore.

Restano queste impostazioni. Nulla viene rimosso dal tuo account WINDTRE; al prossimo accesso i dati vengono scaricati di nuovo.</translation>
    </message>
    <message>
        <source>Clear the data</source>
        <translation>Cancella i dati</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>&amp;Clear local data…</source>
        <translation>Cancella &amp;dati locali…</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Indirizzo del &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Update data:</source>
        <translation>&amp;Aggiorna i dati:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifiche:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>Dati locali:</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Indirizzo del server: %1</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Cancella dati locali</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>The new server is used after you sign out, or at the next start.</source>
        <translation>Il nuovo server si usa dopo l&apos;uscita dall&apos;account o al prossimo avvio.</translation>
    </message>
    <message>
        <source>Local data cleared.</source>
        <translation>Dati locali cancellati.</translation>
    </message>
    <message>
        <source>Local data cleared, except a few files still in use: remove them after closing the app.</source>
        <translation>Dati locali cancellati, tranne alcuni file ancora in uso: rimuovili dopo aver chiuso l&apos;app.</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Cancella dati locali</translation>
    </message>
</context>
<context>
    <name>ShareInvoiceDialog</name>
    <message>
        <source>Share invoice %1</source>
        <translation>Condividi la fattura %1</translation>
    </message>
    <message>
        <source>The PDF of invoice %1 is sent by the server to this address. It is a copy without fiscal validity.</source>
        <translation>Il PDF della fattura %1 viene inviato dal server a questo indirizzo. È una copia senza valore fiscale.</translation>
    </message>
    <message>
        <source>name@company.it</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>the address is not valid</source>
        <translation>l&apos;indirizzo non è valido</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Try again later.</source>
        <translation>Non inviato: il server non è raggiungibile. Riprova più tardi.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>SimHistoryView</name>
    <message>
        <source>%1, username %2</source>
        <translation>%1, nome utente %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Dipendente</translation>
    </message>
    <message>
        <source>SIM association history</source>
        <translation>Storico associazioni SIM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Which SIMs were associated to or dissociated from the company&apos;s employees (Associa SIM), newest first.</source>
        <translation>Quali SIM sono state associate ai Dipendenti dell&apos;azienda o disassociate (Associa SIM), dalle più recenti.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Period: the first day (From) must not be after the last day (To).</source>
        <translation>Periodo: il primo giorno (Dal) non può essere dopo l&apos;ultimo (Al).</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 evento</numerusform>
            <numerusform>%1 eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimsPanel</name>
    <message>
        <source>Associated SIMs</source>
        <translation>SIM associate</translation>
    </message>
    <message>
        <source>Number of a company SIM, e.g. 347 123 4567</source>
        <translation>Numero di una SIM aziendale, ad es. 347 123 4567</translation>
    </message>
    <message>
        <source>SIM number to associate</source>
        <translation>Numero della SIM da associare</translation>
    </message>
    <message>
        <source>Associate SIM</source>
        <translation>Associa SIM</translation>
    </message>
    <message>
        <source>%1 (your line)</source>
        <translation>%1 (la tua linea)</translation>
    </message>
    <message>
        <source>%1 (associated)</source>
        <translation>%1 (associata)</translation>
    </message>
    <message>
        <source>Dissociate</source>
        <translation>Dissocia</translation>
    </message>
    <message>
        <source>You already have %1 associated SIMs, the most allowed: dissociate one to add another.</source>
        <translation>Hai già %1 SIM associate, il massimo consentito: dissociane una per aggiungerne un&apos;altra.</translation>
    </message>
    <message>
        <source>The request failed. Try again later.</source>
        <translation>La richiesta non è andata a buon fine. Riprova più tardi.</translation>
    </message>
    <message>
        <source>You can associate at most %1 more SIMs.</source>
        <translation>Puoi associare al massimo altre %1 SIM.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Billed (net of VAT)</source>
        <translation>Fatturato (IVA esclusa)</translation>
    </message>
    <message>
        <source>Charges this month so far (the fee is billed later)</source>
        <translation>Addebiti del mese finora (il canone è fatturato dopo)</translation>
    </message>
    <message>
        <source>Point at a month to read its spend.</source>
        <translation>Punta un mese per leggerne la spesa.</translation>
    </message>
    <message>
        <source>%1 so far: %2</source>
        <translation>%1 finora: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>No billing account</source>
        <translation>Nessun conto di fatturazione</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Tutta l&apos;azienda</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 line(s))</source>
        <translation>
            <numerusform>%1 (%2 linea)</numerusform>
            <numerusform>%1 (%2 linee)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
    <message>
        <source>Top spenders of %1 in %2</source>
        <translation>Linee con la spesa più alta a %1 in %2</translation>
    </message>
    <message>
        <source>Top spenders of %1</source>
        <translation>Linee con la spesa più alta a %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 rispetto a %2</translation>
    </message>
    <message>
        <source>%1 cost nothing</source>
        <translation>%1 senza spesa</translation>
    </message>
    <message>
        <source>%1: traffic only, the fee comes with the bill</source>
        <translation>%1: solo traffico, il canone arriva con la fattura</translation>
    </message>
    <message>
        <source>Last billed month, net of VAT</source>
        <translation>Ultimo mese fatturato, IVA esclusa</translation>
    </message>
    <message>
        <source>Charges this month so far</source>
        <translation>Addebiti del mese finora</translation>
    </message>
    <message>
        <source>Spend of</source>
        <translation>Spesa di</translation>
    </message>
    <message>
        <source>Find a line by number or name</source>
        <translation>Cerca una linea per numero o nome</translation>
    </message>
    <message>
        <source>Find a line</source>
        <translation>Cerca una linea</translation>
    </message>
    <message>
        <source>No spend yet: the fleet&apos;s usage arrives with the next update.</source>
        <translation>Nessuna spesa ancora: i consumi della flotta arrivano con il prossimo aggiornamento.</translation>
    </message>
    <message>
        <source>Change from the month before</source>
        <translation>Variazione sul mese precedente</translation>
    </message>
    <message>
        <source>Top spenders</source>
        <translation>Linee con la spesa più alta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Conto di fatturazione</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Ultimo mese</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variazione %</translation>
    </message>
</context>
<context>
    <name>TelcoManagersPanel</name>
    <message>
        <source>Telco Managers</source>
        <translation>Telco Manager</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creato da</translation>
    </message>
    <message>
        <source>New Telco Manager…</source>
        <translation>Nuovo Telco Manager…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>No Telco Manager yet.</source>
        <translation>Nessun Telco Manager per ora.</translation>
    </message>
    <message>
        <source>The list could not be loaded. Try again later.</source>
        <translation>Non è stato possibile caricare l&apos;elenco. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Only the User Admin who created this profile can delete it.</source>
        <translation>Solo lo User Admin che ha creato questo profilo può eliminarlo.</translation>
    </message>
    <message>
        <source>Delete Telco Manager</source>
        <translation>Elimina Telco Manager</translation>
    </message>
    <message>
        <source>Delete the profile %1? It will no longer be able to sign in.</source>
        <translation>Vuoi eliminare il profilo %1? Non potrà più accedere.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione in corso…</translation>
    </message>
</context>
<context>
    <name>TicketFlows</name>
    <message>
        <source>Save the blank form</source>
        <translation>Salva il modulo vuoto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session: sign in again to file the ticket.</source>
        <translation>Nessuna sessione: accedi di nuovo per inserire il ticket.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the ticket is saved and will be sent as soon as the connection is back. You can close this window.</source>
        <translation>Il server non è raggiungibile: il ticket è salvato e verrà inviato appena torna la connessione. Puoi chiudere questa finestra.</translation>
    </message>
    <message>
        <source>The ticket was not accepted. Check it and try again.</source>
        <translation>Il ticket non è stato accettato. Controllalo e riprova.</translation>
    </message>
</context>
<context>
    <name>TicketReceipt</name>
    <message>
        <source>Ticket number</source>
        <translation>Numero ticket</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Inserito il</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Delivery site</source>
        <translation>Sede di consegna</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Receipt of your request</source>
        <translation>Ricevuta della tua richiesta</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Cronologia degli stati</translation>
    </message>
    <message>
        <source>Keep this receipt: quote the ticket number when you contact us.</source>
        <translation>Conserva questa ricevuta: indica il numero del ticket quando ci contatti.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Check the request before sending it:</source>
        <translation>Controlla la richiesta prima di inviarla:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inserisci nuovo ticket</source>
        <translation>Inserisci nuovo ticket</translation>
    </message>
    <message>
        <source>Pick the SIM&apos;s number from the company&apos;s lines</source>
        <translation>Scegli il numero della SIM tra le linee dell&apos;azienda</translation>
    </message>
    <message>
        <source>Ticket %1 filed. You can follow it in &quot;%2&quot;.</source>
        <translation>Ticket %1 inserito. Puoi seguirlo in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reason for the ticket</source>
        <translation>Motivo del ticket</translation>
    </message>
    <message>
        <source>A lost or stolen SIM or phone, or an administrative or commercial request.</source>
        <translation>Una SIM o un telefono smarriti o rubati, oppure una richiesta amministrativa o commerciale.</translation>
    </message>
    <message>
        <source>Replace the SIM of a lost or stolen line, or block the IMEI of a lost or stolen phone (this needs three scanned documents).</source>
        <translation>Sostituisci la SIM di una linea smarrita o rubata, oppure blocca l&apos;IMEI di un telefono smarrito o rubato (servono tre documenti scansionati).</translation>
    </message>
    <message>
        <source>15 digits: dial *#06# to read them</source>
        <translation>15 cifre: digita *#06# per visualizzarle</translation>
    </message>
    <message>
        <source>The filled-in request form, an identity document and the report to the authorities: PDF, JPEG or PNG</source>
        <translation>Il modulo di richiesta blocco IMEI compilato, un documento d&apos;identità e la denuncia alle autorità: PDF, JPEG o PNG</translation>
    </message>
    <message>
        <source>As printed on the invoice, e.g. %1</source>
        <translation>Come riportato sulla fattura, ad es. %1</translation>
    </message>
    <message>
        <source>Notes and summary</source>
        <translation>Note e riepilogo</translation>
    </message>
    <message>
        <source>At most 300 characters</source>
        <translation>Al massimo 300 caratteri</translation>
    </message>
    <message>
        <source>Ticket filed</source>
        <translation>Ticket inserito</translation>
    </message>
    <message>
        <source>Reintegro Furto/Smarrimento</source>
        <translation>Reintegro Furto/Smarrimento</translation>
    </message>
    <message>
        <source>Richieste Amministrative/Commerciali</source>
        <translation>Richieste Amministrative/Commerciali</translation>
    </message>
    <message>
        <source>sostituzione SIM</source>
        <translation>Sostituzione SIM</translation>
    </message>
    <message>
        <source>blocco IMEI</source>
        <translation>Blocco IMEI</translation>
    </message>
    <message>
        <source>ritardo attivazione</source>
        <translation>Ritardo attivazione</translation>
    </message>
    <message>
        <source>ritardo consegna</source>
        <translation>Ritardo consegna</translation>
    </message>
    <message>
        <source>tariffa errata</source>
        <translation>Tariffa errata</translation>
    </message>
    <message>
        <source>addebito ricarica errato</source>
        <translation>Addebito ricarica errato</translation>
    </message>
    <message>
        <source>servizi premium non attivati/disattivati</source>
        <translation>Servizi premium non attivati/disattivati</translation>
    </message>
    <message>
        <source>formato fattura errato</source>
        <translation>Formato fattura errato</translation>
    </message>
    <message>
        <source>altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Furto</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Smarrimento</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fisso</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>SMS to the referent</source>
        <translation>SMS al referente</translation>
    </message>
    <message>
        <source>Email to the referent</source>
        <translation>Email al referente</translation>
    </message>
    <message>
        <source>IMEI block request form</source>
        <translation>Modulo di richiesta blocco IMEI</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento d&apos;identità</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>Denuncia alle autorità</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Altro documento</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In lavorazione</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SIM number</source>
        <translation>Numero della SIM</translation>
    </message>
    <message>
        <source>Delivery site</source>
        <translation>Sede di consegna</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numero fattura</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Referent&apos;s name</source>
        <translation>Nome del referente</translation>
    </message>
    <message>
        <source>Referent&apos;s phone number</source>
        <translation>Telefono del referente</translation>
    </message>
    <message>
        <source>Referent&apos;s email</source>
        <translation>Email del referente</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Nome del richiedente</translation>
    </message>
    <message>
        <source>Requester&apos;s phone number</source>
        <translation>Telefono del richiedente</translation>
    </message>
    <message>
        <source>Requester&apos;s email</source>
        <translation>Email del richiedente</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation>%1/%2 caratteri</translation>
    </message>
    <message>
        <source>Notes: at most %1 characters (you typed %2)</source>
        <translation>Note: al massimo %1 caratteri (caratteri inseriti: %2)</translation>
    </message>
    <message>
        <source>%1: this field is required</source>
        <translation>%1: questo campo è obbligatorio</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (you typed %3)</source>
        <translation>%1: al massimo %2 caratteri (caratteri inseriti: %3)</translation>
    </message>
    <message>
        <source>%1: use letters or digits, with no control or invisible characters</source>
        <translation>%1: usa lettere o cifre, senza caratteri di controllo o invisibili</translation>
    </message>
    <message>
        <source>Invoice number: pick an invoice or type its number</source>
        <translation>Numero fattura: scegli una fattura o digitane il numero</translation>
    </message>
    <message>
        <source>Invoice number: up to 30 letters, digits and / - _ . as printed on the invoice</source>
        <translation>Numero fattura: fino a 30 caratteri tra lettere, cifre e / - _ . come stampato sulla fattura</translation>
    </message>
    <message>
        <source>%1: 6 to 15 digits, optionally + in front; spaces and - . / are allowed</source>
        <translation>%1: da 6 a 15 cifre, eventualmente precedute da +; sono ammessi spazi e - . /</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SIM number: %1 is not one of the company&apos;s mobile lines</source>
        <translation>Numero della SIM: %1 non è una delle linee mobili dell&apos;azienda</translation>
    </message>
    <message>
        <source>%1: choose one of the options</source>
        <translation>%1: scegli una delle opzioni</translation>
    </message>
    <message>
        <source>Attachments: say what %1 is (request form, identity document or report to the authorities)</source>
        <translation>Allegati: indica che documento è %1 (modulo di richiesta blocco IMEI, documento d&apos;identità o denuncia alle autorità)</translation>
    </message>
    <message>
        <source>Attachments: %1 is not a PDF, JPEG or PNG file</source>
        <translation>Allegati: %1 non è un file PDF, JPEG o PNG</translation>
    </message>
    <message>
        <source>Attachments: %1 is a %2 file, its name must end in %3</source>
        <translation>Allegati: %1 è un file %2, il nome deve terminare con %3</translation>
    </message>
    <message>
        <source>Attachments: %1 is empty</source>
        <translation>Allegati: %1 è vuoto</translation>
    </message>
    <message>
        <source>Attachments: %1 is %2, each file may be at most %3</source>
        <translation>Allegati: %1 è di %2, ogni file può essere al massimo di %3</translation>
    </message>
    <message>
        <source>Attachments: exactly %1 files are needed; remove one before adding %2</source>
        <translation>Allegati: servono esattamente %1 file; rimuovine uno prima di aggiungere %2</translation>
    </message>
    <message>
        <source>Attachments: there is already a %1; remove it before adding %2</source>
        <translation>Allegati: c&apos;è già un allegato &quot;%1&quot;; rimuovilo prima di aggiungere %2</translation>
    </message>
    <message>
        <source>Attachments: together the files may be at most %1 (%2 with %3)</source>
        <translation>Allegati: in totale i file possono essere al massimo di %1 (%2 con %3)</translation>
    </message>
    <message>
        <source>Attachments: exactly %1 files are needed (there are %2)</source>
        <translation>Allegati: servono esattamente %1 file (ce ne sono %2)</translation>
    </message>
    <message>
        <source>Attachments: only one %1 is needed</source>
        <translation>Allegati: serve un solo allegato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Attachments: the %1 is missing</source>
        <translation>Allegati: manca l&apos;allegato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Attachments: together the files may be at most %1 (they are %2)</source>
        <translation>Allegati: in totale i file possono essere al massimo di %1 (ora sono %2)</translation>
    </message>
    <message>
        <source>Topic: it does not belong to the reason chosen</source>
        <translation>Argomento: non appartiene al motivo scelto</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>New ticket…</source>
        <translation>Inserisci nuovo ticket…</translation>
    </message>
    <message>
        <source>Loss or theft…</source>
        <translation>Furto o smarrimento…</translation>
    </message>
    <message>
        <source>Replace a lost or stolen SIM, or block a phone&apos;s IMEI (Ctrl+Shift+F)</source>
        <translation>Sostituisci una SIM smarrita o rubata, o blocca l&apos;IMEI di un telefono (Ctrl+Maiusc+F)</translation>
    </message>
    <message>
        <source>Save receipt (PDF)…</source>
        <translation>Salva ricevuta (PDF)…</translation>
    </message>
    <message>
        <source>Blank IMEI block form (PDF)…</source>
        <translation>Modulo di richiesta blocco IMEI (PDF)…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Inserito il</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Dettaglio del ticket</translation>
    </message>
    <message>
        <source>No requests yet. Use the buttons above to file one.</source>
        <translation>Nessuna richiesta per ora. Usa i pulsanti qui sopra per inserirne una.</translation>
    </message>
    <message>
        <source>Ticket %1 is still open (%2): a new ticket can be filed once it is closed. A draft you started stays saved.</source>
        <translation>Il ticket %1 è ancora aperto (%2): potrai inserirne uno nuovo quando sarà chiuso. La bozza che hai iniziato resta salvata.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ticket(s) waiting to be sent: they go as soon as the server can be reached.</source>
        <translation>
            <numerusform>%1 ticket in attesa di invio: partirà appena il server sarà raggiungibile.</numerusform>
            <numerusform>%1 ticket in attesa di invio: partiranno appena il server sarà raggiungibile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets could not be loaded: the list shown may be old.</source>
        <translation>Non è stato possibile caricare i ticket: l&apos;elenco mostrato potrebbe non essere aggiornato.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Salva ricevuta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the blank form</source>
        <translation>Salva il modulo vuoto</translation>
    </message>
</context>
<context>
    <name>Traffic</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>%1: must not come after the end of the period.</source>
        <translation>%1: non può essere dopo la fine del periodo.</translation>
    </message>
    <message>
        <source>%1: must not be later than today.</source>
        <translation>%1: non può essere dopo oggi.</translation>
    </message>
    <message>
        <source>%1: traffic is kept for the last three months only, from %2.</source>
        <translation>%1: il traffico è disponibile solo per gli ultimi tre mesi, dal %2.</translation>
    </message>
    <message>
        <source>%1: the traffic download covers at most %2 days; this range has %3.</source>
        <translation>%1: il download del traffico copre al massimo %2 giorni; questo periodo ne ha %3.</translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Running total (right-hand axis)</source>
        <translation>Totale progressivo (asse a destra)</translation>
    </message>
    <message>
        <source>Point at a day to read its values.</source>
        <translation>Punta un giorno per leggerne i valori.</translation>
    </message>
    <message>
        <source>{day}: {value}</source>
        <translation>{day}: {value}</translation>
    </message>
    <message>
        <source>{day}: no traffic</source>
        <translation>{day}: nessun traffico</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <source>running total {value}</source>
        <translation>totale progressivo {value}</translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <translation>{day}: {values}</translation>
    </message>
    <message>
        <source>No traffic in this period.</source>
        <translation>Nessun traffico in questo periodo.</translation>
    </message>
</context>
<context>
    <name>TrafficExportDialog</name>
    <message>
        <source>Download traffic</source>
        <translation>Download traffico</translation>
    </message>
    <message>
        <source>An Excel file of the records of line %1, with a sheet of totals by type. It covers at most %2 days.</source>
        <translation>Un file Excel con il traffico della linea %1 e un foglio con i totali per tipo. Copre al massimo %2 giorni.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Downloading the records…</source>
        <translation>Download del traffico in corso…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linea %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Roaming country</source>
        <translation>Paese di roaming</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Data (bytes)</source>
        <translation>Dati (byte)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>%1 of %2 records written…</source>
        <translation>%1 di %2 record scritti…</translation>
    </message>
    <message>
        <source>%1 records saved to %2.</source>
        <translation>%1 record salvati in %2.</translation>
    </message>
    <message>
        <source>They are more than one Excel sheet holds: they were split over %1 sheets, none left out.</source>
        <translation>Sono più di quanti ne contenga un foglio Excel: sono stati divisi su %1 fogli, senza lasciarne fuori nessuno.</translation>
    </message>
    <message>
        <source>The traffic could not be downloaded: %1 No file was written.</source>
        <translation>Non è stato possibile scaricare il traffico: %1 Nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Download cancelled: no file was written.</source>
        <translation>Download annullato: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
</context>
<context>
    <name>TrafficFlows</name>
    <message>
        <source>The server cannot be reached: the traffic shown is the one saved on this computer.</source>
        <translation>Il server non è raggiungibile: il traffico mostrato è quello salvato su questo computer.</translation>
    </message>
    <message>
        <source>Your profile may not see this traffic.</source>
        <translation>Il tuo profilo non può vedere questo traffico.</translation>
    </message>
    <message>
        <source>The server is busy: the traffic shown is the one saved on this computer.</source>
        <translation>Il server è occupato: il traffico mostrato è quello salvato su questo computer.</translation>
    </message>
    <message>
        <source>Sign in again to update the traffic.</source>
        <translation>Accedi di nuovo per aggiornare il traffico.</translation>
    </message>
    <message>
        <source>Offline: the traffic shown is the one saved on this computer.</source>
        <translation>Offline: il traffico mostrato è quello salvato su questo computer.</translation>
    </message>
    <message>
        <source>The traffic cannot be loaded now: the saved one is shown.</source>
        <translation>Il traffico non si può caricare ora: è mostrato quello salvato.</translation>
    </message>
    <message>
        <source>offline, the records are asked of the server.</source>
        <translation>offline non è possibile, il traffico si chiede al server.</translation>
    </message>
    <message>
        <source>the server cannot be reached.</source>
        <translation>il server non è raggiungibile.</translation>
    </message>
    <message>
        <source>an unexpected error occurred.</source>
        <translation>si è verificato un errore imprevisto.</translation>
    </message>
</context>
<context>
    <name>TrafficRecordsPanel</name>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dettaglio traffico</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo di traffico</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Search number, country, description or day</source>
        <translation>Cerca numero, paese, descrizione o giorno</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Cerca nel traffico</translation>
    </message>
    <message>
        <source>Traffic records</source>
        <translation>Dettaglio del traffico</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 record</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 di %2 record</translation>
    </message>
</context>
<context>
    <name>TrafficTopLines</name>
    <message>
        <source>Most data</source>
        <translation>Più traffico dati</translation>
    </message>
    <message>
        <source>Most voice</source>
        <translation>Più traffico voce</translation>
    </message>
    <message>
        <source>Most spend</source>
        <translation>Più spesa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Click a line to see its traffic</source>
        <translation>Fai clic su una linea per vederne il traffico</translation>
    </message>
</context>
<context>
    <name>TrafficTotals</name>
    <message numerus="yes">
        <source>%1 call(s)</source>
        <translation>
            <numerusform>%1 chiamata</numerusform>
            <numerusform>%1 chiamate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 messaggio</numerusform>
            <numerusform>%1 messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 session(s)</source>
        <translation>
            <numerusform>%1 sessione</numerusform>
            <numerusform>%1 sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 option charge(s)</source>
        <translation>
            <numerusform>%1 addebito di opzioni</numerusform>
            <numerusform>%1 addebiti di opzioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 charge(s)</source>
        <translation>
            <numerusform>%1 addebito</numerusform>
            <numerusform>%1 addebiti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation>%1 · costo %2</translation>
    </message>
</context>
<context>
    <name>TrafficView</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fisso</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Tipo di linea</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Settimana corrente</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Mese corrente</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>Ultimi tre mesi</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Download traffic…</source>
        <translation>Download traffico…</translation>
    </message>
    <message>
        <source>An Excel file of the line&apos;s records (at most 90 days)</source>
        <translation>Un file Excel con il traffico della linea (al massimo 90 giorni)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Cosa mostra il grafico</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Numero di eventi</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Durata chiamate</translation>
    </message>
    <message>
        <source>Data volume</source>
        <translation>Traffico dati</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Grafico:</translation>
    </message>
    <message>
        <source>Loading the traffic…</source>
        <translation>Caricamento del traffico…</translation>
    </message>
    <message>
        <source>Loading the records: %1 of %2…</source>
        <translation>Caricamento del dettaglio: %1 di %2…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Caricamento annullato.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · saved data of %2; updating…</source>
        <translation>%1 · dati salvati il %2; aggiornamento in corso…</translation>
    </message>
    <message>
        <source>%1 · no traffic saved for this period on this computer.</source>
        <translation>%1 · nessun traffico salvato per questo periodo su questo computer.</translation>
    </message>
    <message>
        <source>%1 · offline: the traffic saved on %2.</source>
        <translation>%1 · offline: il traffico salvato il %2.</translation>
    </message>
    <message>
        <source>%1 · offline: saved traffic for %3 of the %4 days of this period (saved on %2).</source>
        <translation>%1 · offline: traffico salvato per %3 dei %4 giorni del periodo (salvato il %2).</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · aggiornato il %2</translation>
    </message>
    <message numerus="yes">
        <source>Whole company · %1 line(s), mobile and fixed</source>
        <translation>
            <numerusform>Tutta l&apos;azienda · %1 linea, mobile e fissa</numerusform>
            <numerusform>Tutta l&apos;azienda · %1 linee, mobili e fisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a line, or the whole company.</source>
        <translation>Scegli una linea, o tutta l&apos;azienda.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>WINDTRE Business: %1 unread notification(s)</source>
        <translation>
            <numerusform>WINDTRE Business: %1 notifica da leggere</numerusform>
            <numerusform>WINDTRE Business: %1 notifiche da leggere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Tax code: enter the 16 characters of the tax code</source>
        <translation>Codice fiscale: inserisci i 16 caratteri del codice fiscale</translation>
    </message>
    <message>
        <source>Tax code: only letters and digits are allowed</source>
        <translation>Codice fiscale: sono ammesse solo lettere e cifre</translation>
    </message>
    <message>
        <source>Tax code: 11 digits are a company&apos;s code; enter the person&apos;s tax code (16 characters)</source>
        <translation>Codice fiscale: 11 cifre sono il codice fiscale di un&apos;azienda; inserisci il codice fiscale della persona (16 caratteri)</translation>
    </message>
    <message>
        <source>Tax code: it must have 16 characters (you typed %1)</source>
        <translation>Codice fiscale: deve avere 16 caratteri (caratteri inseriti: %1)</translation>
    </message>
    <message>
        <source>Tax code: the check character is wrong (16 characters, the last one is a check letter); look for a typing mistake</source>
        <translation>Codice fiscale: il carattere di controllo non è corretto (16 caratteri, l&apos;ultimo è una lettera di controllo); controlla di non aver sbagliato a digitare</translation>
    </message>
    <message>
        <source>Tax code: the characters are not in the right places (6 letters, 2 digits, a month letter, 2 digits, a letter, 3 digits, a check letter; omocodia replaces digits with L-V)</source>
        <translation>Codice fiscale: i caratteri non sono nelle posizioni giuste (6 lettere, 2 cifre, una lettera per il mese, 2 cifre, una lettera, 3 cifre, una lettera di controllo; in caso di omocodia le cifre sono sostituite da lettere L-V)</translation>
    </message>
    <message>
        <source>Tax code: the birth date it contains does not exist (day 01-31 for men, 41-71 for women)</source>
        <translation>Codice fiscale: la data di nascita che contiene non esiste (giorno 01-31 per gli uomini, 41-71 per le donne)</translation>
    </message>
    <message>
        <source>VAT number: enter the 11 digits of the VAT number</source>
        <translation>P.IVA: inserisci le 11 cifre della partita IVA</translation>
    </message>
    <message>
        <source>VAT number: only digits are allowed (an IT prefix, spaces and hyphens are ignored)</source>
        <translation>P.IVA: sono ammesse solo cifre (il prefisso IT, gli spazi e i trattini vengono ignorati)</translation>
    </message>
    <message>
        <source>VAT number: it must have 11 digits (you typed %1)</source>
        <translation>P.IVA: deve avere 11 cifre (cifre inserite: %1)</translation>
    </message>
    <message>
        <source>VAT number: the check digit (the 11th) is wrong; look for a typing mistake</source>
        <translation>P.IVA: la cifra di controllo (l&apos;undicesima) non è corretta; controlla di non aver sbagliato a digitare</translation>
    </message>
    <message>
        <source>VAT number: digits 8-10 must be the code of an Italian tax office (001-100, 120, 121, 888 or 999)</source>
        <translation>P.IVA: le cifre 8-10 devono essere il codice di un ufficio dell&apos;Agenzia delle Entrate (001-100, 120, 121, 888 o 999)</translation>
    </message>
    <message>
        <source>VAT number: this is not a valid VAT number</source>
        <translation>P.IVA: non è una partita IVA valida</translation>
    </message>
    <message>
        <source>IMEI: enter the 15 digits (dial *#06# on the phone to read them)</source>
        <translation>IMEI: inserisci le 15 cifre (per leggerle, digita *#06# sul telefono)</translation>
    </message>
    <message>
        <source>IMEI: only digits are allowed (spaces and hyphens are ignored)</source>
        <translation>IMEI: sono ammesse solo cifre (gli spazi e i trattini vengono ignorati)</translation>
    </message>
    <message>
        <source>IMEI: it must have exactly 15 digits, the last one a check digit (you typed %1); dial *#06# on the phone to read it</source>
        <translation>IMEI: deve avere esattamente 15 cifre, l&apos;ultima è una cifra di controllo (cifre inserite: %1); per leggerlo, digita *#06# sul telefono</translation>
    </message>
    <message>
        <source>IMEI: the check digit (the 15th) is wrong; look for a typing mistake</source>
        <translation>IMEI: la cifra di controllo (la quindicesima) non è corretta; controlla di non aver sbagliato a digitare</translation>
    </message>
    <message>
        <source>Mobile number: enter the number, such as 347 123 4567</source>
        <translation>Numero di cellulare: inserisci il numero, ad esempio 347 123 4567</translation>
    </message>
    <message>
        <source>Mobile number: only digits, spaces and + ( ) . / - are allowed</source>
        <translation>Numero di cellulare: sono ammessi solo cifre, spazi e + ( ) . / -</translation>
    </message>
    <message>
        <source>Mobile number: this is not an Italian mobile number (3xx followed by 6 or 7 digits, +39 or 0039 in front is fine)</source>
        <translation>Numero di cellulare: non è un numero mobile italiano (3xx seguito da 6 o 7 cifre; il prefisso +39 o 0039 è accettato)</translation>
    </message>
    <message>
        <source>Mobile number: it must be an Italian number (+39), not +%1</source>
        <translation>Numero di cellulare: deve essere un numero italiano (+39), non +%1</translation>
    </message>
    <message>
        <source>Mobile number: this is a landline number; enter a mobile number (it starts with 3)</source>
        <translation>Numero di cellulare: questo è un numero di rete fissa; inserisci un numero di cellulare (inizia con 3)</translation>
    </message>
    <message>
        <source>Email: enter the email address, such as name@company.it</source>
        <translation>Email: inserisci l&apos;indirizzo email, ad esempio nome@azienda.it</translation>
    </message>
    <message>
        <source>Email: an address has one @ and no spaces, such as name@company.it</source>
        <translation>Email: un indirizzo contiene una sola @ e nessuno spazio, ad esempio nome@azienda.it</translation>
    </message>
    <message>
        <source>Email: the address is too long</source>
        <translation>Email: l&apos;indirizzo è troppo lungo</translation>
    </message>
    <message>
        <source>Email: the part before @ may have letters, digits and . _ - + only, without two dots in a row or a dot at either end</source>
        <translation>Email: la parte prima della @ può contenere solo lettere, cifre e . _ - +, senza due punti di seguito né un punto all&apos;inizio o alla fine</translation>
    </message>
    <message>
        <source>Email: the part after @ must be a domain such as company.it</source>
        <translation>Email: la parte dopo la @ deve essere un dominio, ad esempio azienda.it</translation>
    </message>
    <message>
        <source>PUK: only digits are allowed (8 digits, printed on the card the SIM came on)</source>
        <translation>PUK: sono ammesse solo cifre (8 cifre, stampate sulla card in cui era inserita la SIM)</translation>
    </message>
    <message>
        <source>PUK: it has exactly 8 digits, printed on the card the SIM came on (you typed %1)</source>
        <translation>PUK: ha esattamente 8 cifre, stampate sulla card in cui era inserita la SIM (cifre inserite: %1)</translation>
    </message>
    <message>
        <source>Code: the code we sent you has exactly 6 digits (you typed %1 characters)</source>
        <translation>Codice: il codice che ti abbiamo inviato ha esattamente 6 cifre (caratteri inseriti: %1)</translation>
    </message>
    <message>
        <source>Activation code: it has 6 letters and digits, as in the activation email (you typed %1 characters)</source>
        <translation>Codice di attivazione: ha 6 caratteri tra lettere e cifre, come nell&apos;email di attivazione (caratteri inseriti: %1)</translation>
    </message>
    <message>
        <source>Username: choose a username of 4 to 30 characters</source>
        <translation>Username: scegli uno username da 4 a 30 caratteri</translation>
    </message>
    <message>
        <source>Username: spaces are not allowed</source>
        <translation>Username: gli spazi non sono ammessi</translation>
    </message>
    <message>
        <source>Username: only letters a-z and A-Z, digits and . _ - are allowed</source>
        <translation>Username: sono ammessi solo lettere a-z e A-Z, cifre e . _ -</translation>
    </message>
    <message>
        <source>Username: it must have 4 to 30 characters (you typed %1)</source>
        <translation>Username: deve avere da 4 a 30 caratteri (caratteri inseriti: %1)</translation>
    </message>
    <message>
        <source>Username: it needs at least one letter (all-digit usernames are employees&apos; line numbers)</source>
        <translation>Username: deve contenere almeno una lettera (gli username di sole cifre sono i numeri di linea dei dipendenti)</translation>
    </message>
    <message>
        <source>Username: enter your username, or your mobile number if you are an employee</source>
        <translation>Username: inserisci il tuo username o, se sei un dipendente, il tuo numero di cellulare</translation>
    </message>
    <message>
        <source>At least 8 characters (at most 128)</source>
        <translation>Almeno 8 caratteri (al massimo 128)</translation>
    </message>
    <message>
        <source>An upper-case letter (A-Z)</source>
        <translation>Una lettera maiuscola (A-Z)</translation>
    </message>
    <message>
        <source>A lower-case letter (a-z)</source>
        <translation>Una lettera minuscola (a-z)</translation>
    </message>
    <message>
        <source>A digit (0-9)</source>
        <translation>Una cifra (0-9)</translation>
    </message>
    <message>
        <source>A symbol, such as ! ? @ # $ % &amp; *</source>
        <translation>Un simbolo, ad esempio ! ? @ # $ % &amp; *</translation>
    </message>
    <message>
        <source>Password: it must have at least 8 characters</source>
        <translation>Password: deve avere almeno 8 caratteri</translation>
    </message>
    <message>
        <source>Password: it needs an upper-case letter (A-Z)</source>
        <translation>Password: deve contenere una lettera maiuscola (A-Z)</translation>
    </message>
    <message>
        <source>Password: it needs a lower-case letter (a-z)</source>
        <translation>Password: deve contenere una lettera minuscola (a-z)</translation>
    </message>
    <message>
        <source>Password: it needs a digit (0-9)</source>
        <translation>Password: deve contenere una cifra (0-9)</translation>
    </message>
    <message>
        <source>Password: it needs a symbol, such as ! ? @ # $ % &amp; *</source>
        <translation>Password: deve contenere un simbolo, ad esempio ! ? @ # $ % &amp; *</translation>
    </message>
    <message>
        <source>Password: at most 128 characters</source>
        <translation>Password: al massimo 128 caratteri</translation>
    </message>
    <message>
        <source>Confirm password: it is not the same as the password (upper and lower case count)</source>
        <translation>Conferma password: non coincide con la password (maiuscole e minuscole sono distinte)</translation>
    </message>
    <message>
        <source>New password: it must be different from the old one</source>
        <translation>Nuova password: deve essere diversa da quella precedente</translation>
    </message>
    <message>
        <source>Date of birth: enter a real date, as DD/MM/YYYY</source>
        <translation>Data di nascita: inserisci una data esistente, nel formato GG/MM/AAAA</translation>
    </message>
    <message>
        <source>Date of birth: it cannot be in the future</source>
        <translation>Data di nascita: non può essere una data futura</translation>
    </message>
    <message>
        <source>Date of birth: more than 120 years ago; check the year</source>
        <translation>Data di nascita: risale a più di 120 anni fa; controlla l&apos;anno</translation>
    </message>
    <message>
        <source>Date of birth: the legal representative must be at least %1 years old</source>
        <translation>Data di nascita: il rappresentante legale deve avere almeno %1 anni</translation>
    </message>
    <message>
        <source>Tax code: it contains the birth date %1, but the date of birth entered is %2; one of the two is wrong</source>
        <translation>Codice fiscale: contiene la data di nascita %1, ma la data di nascita inserita è %2; una delle due è sbagliata</translation>
    </message>
    <message>
        <source>%1: enter it as on the identity document</source>
        <translation>%1: inseriscilo come sul documento d&apos;identità</translation>
    </message>
    <message>
        <source>%1: at most 60 characters</source>
        <translation>%1: al massimo 60 caratteri</translation>
    </message>
    <message>
        <source>%1: only letters, spaces, apostrophes, hyphens and dots are allowed</source>
        <translation>%1: sono ammessi solo lettere, spazi, apostrofi, trattini e punti</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>%1: this field is required</source>
        <translation>%1: questo campo è obbligatorio</translation>
    </message>
    <message>
        <source>%1: tick the box to go on</source>
        <translation>%1: seleziona la casella per continuare</translation>
    </message>
    <message>
        <source>%1: choose one of the options</source>
        <translation>%1: scegli una delle opzioni</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Attendi…</translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Invia di nuovo il codice</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passaggio %1 di %2</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Requisiti della password</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>GG/MM/AAAA</translation>
    </message>
    <message>
        <source>Type to choose from the list, or type it in full</source>
        <translation>Scrivi per scegliere dall&apos;elenco, oppure scrivilo per intero</translation>
    </message>
    <message>
        <source>Send the code again (in %1 s)</source>
        <translation>Invia di nuovo il codice (tra %1 s)</translation>
    </message>
</context>
</TS>
