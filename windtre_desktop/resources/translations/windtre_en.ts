<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountView</name>
    <message>
        <source>Account and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other accounts on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only (not remembered on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No system keyring is available: the session is kept in memory only and you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired: sign in again. Your saved data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password. Both are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Wind or Tre credentials are no longer valid here: a new registration is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile may not sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed because of an unexpected error. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy: data of %1, retrying shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable: data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: you are looking at the data saved on %1. Sign in to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. The data shown is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. The data shown is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and there is no saved data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No data yet: the first update is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole company · P.IVA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total remaining credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 offer</numerusform>
            <numerusform>%1 offers</numerusform>
        </translation>
    </message>
    <message>
        <source>most used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mobile · %2 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line has this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %1 unlimited line(s)</source>
        <translation>
            <numerusform>+ %1 unlimited line</numerusform>
            <numerusform>+ %1 unlimited lines</numerusform>
        </translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included in this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Search by number, name or offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 line(s)</source>
        <translation>
            <numerusform>%1 line</numerusform>
            <numerusform>%1 lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>WINDTRE Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the business customer area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username or mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps you signed in on this computer (the session is kept in the system keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and password are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open saved data (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo backend: try these accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: enter your username or mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WINDTRE Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the data now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDTRE Business desktop %1
The business customer area on your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>This section is not available in this version of the app yet.
Until it arrives, use the WINDTRE Business customer area on the web.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>User Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telco Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
