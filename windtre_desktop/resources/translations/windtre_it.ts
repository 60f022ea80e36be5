<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <source>P.IVA</source>
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
    <name>AppController</name>
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
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Il server non è raggiungibile. Controlla la connessione e riprova.</translation>
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
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Whole company · P.IVA %1</source>
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
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
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
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>WINDTRE Business desktop %1
The business customer area on your desktop.</source>
        <translation>WINDTRE Business desktop %1
L&apos;Area Clienti Business sul tuo computer.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>This section is not available in this version of the app yet.
Until it arrives, use the WINDTRE Business customer area on the web.</source>
        <translation>Questa sezione non è ancora disponibile in questa versione dell&apos;app.
Nel frattempo usa l&apos;Area Clienti Business sul web.</translation>
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
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
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
</TS>
