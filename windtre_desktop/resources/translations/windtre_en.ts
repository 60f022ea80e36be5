<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDTRE Business desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business customer area on your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of this app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software included, with its licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the third-party software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package ships no licence file; its licence is the one named above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <source>The previous request got no answer and may have changed the password already. Sign in with the new password; if it is refused, check the current password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. What you typed is kept: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>VAT number</source>
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
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account…</source>
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
    <name>Accounts</name>
    <message>
        <source>At least 8 characters with upper and lower case letters, a digit and a symbol. Upper and lower case count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a 6-digit code by email to %1. Enter it below: it is valid for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a 6-digit code by email. Enter it below: it is valid for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a 6-digit code by SMS to %1. Enter it below: it is valid for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a 6-digit code by SMS. Enter it below: it is valid for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, as in the signed contract proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each company has one User Admin, who then creates the Telco Managers. Old Wind or Tre credentials do not carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the signed contract proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the legal representative&apos;s details exactly as in the signed contract proposal: if they match, we send an activation email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 letters and digits, in the activation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent the activation email to %1. Copy the activation code it contains (6 letters and digits); it is valid for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 30 letters, digits and . _ - with at least one letter. Upper and lower case count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User Admin account is active. Sign in with the username %1 and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a User Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company SIM you use; it will be your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK of the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits, on the card the SIM came on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a data-only SIM: it cannot receive SMS. Prove you hold it with its PUK, then we send the code by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is ready. Your username is your line number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an employee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees: your mobile line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telco Managers cannot recover their password: the User Admin deletes and recreates the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the username is right, a temporary numeric password (8 digits) is on its way to the User Admin&apos;s email; it works for 24 hours. Sign in with it: you will then be asked to create a new password. Until then the old password still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is active: the old one no longer works. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose your own password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>Channel: choose SMS, email or no messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationsView</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed lines being activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s fixed lines being activated, with the progress of each. Choose a line to see its stages and to be kept updated by SMS or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line being activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me updated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an SMS or an email at every stage of this activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activations could not be loaded. Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested on %1, expected on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: none. You are not told when this line moves to the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: an SMS to %1 at every stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates: an email to %1 at every stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertFlows</name>
    <message>
        <source>Fleet alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new alerts on the company&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <source>Spend far above usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic far above usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed but unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer always used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer under half used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend of %1: %2 against an average of %3 over the three months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic charged last week: %1 against a weekly average of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records last week: %1 against a weekly average of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in the last %1 days; billed %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic for %1 days (last on %2); billed %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data used %2 of %3 in each of the last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data used %2, under half of %3, in each of the last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining credit %1 lasts less than a day at last week&apos;s %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining credit %1 lasts about %2 days at last week&apos;s %3 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No larger offer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested offer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 alert(s)</source>
        <translation>
            <numerusform>%1 alert</numerusform>
            <numerusform>%1 alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this alert until its condition gets worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications for new alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your account %1? Your lines and contracts are not touched, but to use the app again you will have to register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account %1 was most likely deleted: the request got no answer, and the account&apos;s session has ended. If it still signs in, delete it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be deleted. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The server %1 cannot be reached. Check the connection and the address (&quot;Change server&quot; below), then try again.</source>
        <translation>The server %1 cannot be reached. Check the connection and the address (&quot;Change server&quot; below), then try again.</translation>
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
        <source>A ticket is still open: a new one can be filed once it is closed (the draft stays saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent now that the server can be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status: %1</source>
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
    <name>AttachmentsEditor</name>
    <message>
        <source>What the next file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG; drop the files here or add them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank IMEI block request form (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 cannot be opened as a %2 file: it may be damaged or another kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s)</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoRechargeView</name>
    <message>
        <source>An automatic recharge tops up a prepaid line when its credit drops under a threshold, or with the same amount every month from the day it is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s automatic recharges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Amount</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic recharges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic recharge yet: choose a prepaid line below to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a prepaid line by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the credit drops under a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month, from the activation day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge to the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card rule uses the card registered on the operator&apos;s secure payment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the automatic recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line chosen: pick a prepaid line in the list or in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (credit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no automatic recharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active since %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next top-up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last applied: %1 (%2 times in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the automatic recharge of %1? No further top-up will be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <source>Billing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Billing · Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the electronic invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>The PDF invoices have no fiscal value: the fiscal invoice is the electronic one (FatturaPA) delivered through the Sistema di Interscambio to the company&apos;s PEC (%1) or Codice Destinatario (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All billing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the list is the one saved on %1. Downloaded invoices open as usual; the others need the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume download (%1 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 invoices downloaded</source>
        <translation>
            <numerusform>%1 invoice downloaded</numerusform>
            <numerusform>%1 invoices downloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetailDialog</name>
    <message>
        <source>Call detail · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Calls and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 calls and sessions</source>
        <translation>
            <numerusform>%1 call or session</numerusform>
            <numerusform>%1 calls and sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the call detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSS package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a line, invoice, ticket, package, setting or screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter opens · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Check the network&apos;s coverage on the operator&apos;s site: it opens in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage in Italy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the national coverage map (fixed and mobile network, by address) in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre, 4G and 5G coverage at an address in Italy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage abroad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the international roaming page (coverage by country) in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming coverage and operators in the country you travel to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the app. It keeps running and what you typed is kept; if something looks wrong, close the window where it happened and open it again.
The report below contains no password, token or code: copy it and send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;logs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved in the logs folder.</source>
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
        <source>Spend, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % on the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend, last 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole company · VAT number %1</source>
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
    <name>DemoToolsDialog</name>
    <message>
        <source>Demo backend: messages sent and test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo backend does not really send SMS or emails: they appear here, with the codes the wizards ask for. The other tabs list data you can use to try the registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-only SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS and emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search model, device ID, account or line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FatturaPA</name>
    <message>
        <source>The invoice file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file is too large (%1; the limit is %2).</source>
        <translation>The invoice file is too large (%1; the limit is %2).</translation>
    </message>
    <message>
        <source>This file is not a FatturaPA electronic invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file is not well-formed XML and cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice file contains a DTD or entity declarations, which a FatturaPA file never has; it was not opened for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) is damaged and its content cannot be extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) was altered after signing: its digital signature does not match its content. It is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) holds only a detached signature, without the invoice itself. Open the invoice&apos;s own .xml file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed invoice file (.p7m) does not include the signer&apos;s certificate, so its digital signature cannot be checked. It is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded attachment &quot;%1&quot; is damaged and cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FatturaPAViewer</name>
    <message>
        <source>Electronic invoice (FatturaPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a FatturaPA file (.xml or .xml.p7m), or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments in the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digitally signed (.p7m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown as an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an electronic invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FatturaPA (*.xml *.p7m);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetFiltersDialog</name>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <comment>after a percentage: Italian writes a space before it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>In roaming today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetLinesView</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, holder, label, note or offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label and note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit below 5 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data over 80%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive for 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is kept on this computer: it shows with the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 line(s)…</source>
        <translation>
            <numerusform>Exporting %1 line…</numerusform>
            <numerusform>Exporting %1 lines…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 line(s) to %2</source>
        <translation>
            <numerusform>Exported %1 line to %2</numerusform>
            <numerusform>Exported %1 lines to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: an unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSS package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 line(s)</source>
        <translation>
            <numerusform>%1 of %2 line</numerusform>
            <numerusform>%1 of %2 lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and spend arrive with the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetSection</name>
    <message>
        <source>Fleet overview pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSS package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
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
    <name>GssActionDialog</name>
    <message>
        <source>Change the package&apos;s Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add extra Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move SIMs to another package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1 Giga a month; %2 used this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>347 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referent receives the SMS when the package reaches 80% and 100% of its Giga. Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month the package has %1 extra Giga (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 free of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm to send the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GssView</name>
    <message>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search package, type or referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga Smart Share packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package to see its SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used and remaining credit of the chosen SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Giga…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change referent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add extra Giga…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move SIMs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSS management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Giga a month + %2 extra Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 associated devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds reached this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceFlows</name>
    <message>
        <source>The invoices cannot be loaded now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything chosen is already in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled: %1 files archived. The rest can be downloaded later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to download invoices: %1 files archived so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download interrupted (%2): %1 files archived; resume it when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files archived; %3 could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files archived (the PDF and the electronic invoice of each invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file asked for could not be opened: it is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice has no call detail (it is not enabled for the billing account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived file of invoice %1 was damaged: it is being downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived file is damaged or missing: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-call-detail.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice sent by e-mail to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepUpdatedDialog</name>
    <message>
        <source>Keep me updated · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a message at every stage of the activation of line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 347 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@company.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Label and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the employee&apos;s name or a cost centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer only: never sent to WINDTRE.</source>
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
        <source>Sign in directly</source>
        <translation>Sign in directly</translation>
    </message>
    <message>
        <source>Works only for employees, when the WINDTRE mobile network recognises your line (SIM in use or tethering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For employees connected to the WINDTRE mobile network</source>
        <translation>For employees connected to the WINDTRE mobile network</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: create a User Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: create an employee account</source>
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
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Change server</translation>
    </message>
    <message>
        <source>Which server do you sign in to?</source>
        <translation>Which server do you sign in to?</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>Your company&apos;s IT department or WINDTRE gives you the address. It must start with https://.</source>
        <translation>Your company&apos;s IT department or WINDTRE gives you the address. It must start with https://.</translation>
    </message>
    <message>
        <source>Server address error</source>
        <translation>Server address error</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <source>No server yet? Try the app with a sample company:</source>
        <translation>No server yet? Try the app with a sample company:</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>The demo runs on this computer, with sample lines and accounts: nothing is sent to WINDTRE.</source>
        <translation>The demo runs on this computer, with sample lines and accounts: nothing is sent to WINDTRE.</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Back to sign-in</translation>
    </message>
    <message>
        <source>Demo (this computer)</source>
        <translation>Demo (this computer)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Starting the demo…</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Server address: %1</translation>
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
        <source>SMS and emails sent, test data for registering…</source>
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
        <source>S&amp;ettings…</source>
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
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a line, invoice, ticket, package, setting or screen (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss or theft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a lost or stolen SIM, or block a phone&apos;s IMEI (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open electronic invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an electronic invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FatturaPA (*.xml *.p7m);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Managers</name>
    <message>
        <source>%1 can now sign in: a temporary password was sent by email to %2. At the first sign-in a new password will be required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Telco Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–30 letters, digits, dots, dashes or underscores; upper and lower case count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Telco Manager can do everything you can except managing Telco Managers. Only you will be able to delete this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telco Manager created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationFlows</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data abroad on this line is not blocked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has already used both unlocks of data abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock data abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data abroad unlocked on %1. Unlocks left: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Choose which notifications the company receives and how. Ticket statuses are always sent. The desktop column is this app&apos;s own pop-up, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which notifications this app shows as a pop-up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Notification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 of %2 was due on %3 and is not paid (billing account %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment method of the billing account %1 (%2) is no longer valid: update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion for your company: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 used all its data abroad (%2 of %3): data abroad is blocked. Unlocks used: %4 of 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 used %2% of its data abroad (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation %1 of the fixed line %2: %3 (%4%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event of a kind this app does not know yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: “%1” is on, so choose at least one channel (SMS or email) or switch it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: “%1” cannot be sent by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock data abroad on the line %1 for one more window of the same threshold? After this unlock %2 of 2 will be left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock data abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga Smart Share package %1 reached %2% of its Giga (%3 of %4 used). An SMS went to the referent %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineRechargeView</name>
    <message>
        <source>Top up the company&apos;s prepaid mobile lines: up to ten numbers at a time, the same amount on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid lines found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Amount</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge to the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is typed on the operator&apos;s secure payment page, which opens in your browser: this app never sees or stores the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the payment on the operator&apos;s secure page in your browser. This page follows the order and shows the result as soon as the payment ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge history (Account › Recharges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 prepaid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepaid lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to top up: %1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the numbers and the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment of order %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped waiting for order %1. If you complete the payment, the recharge appears in the line&apos;s recharge history (Account › Recharges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not completed in time (10 minutes): nothing was charged and no line was topped up. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was refused: nothing was charged and no line was topped up. Try another card or charge the recharge to the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recharge failed (%1): no line was topped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 on the line, %3 in all (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 on each of %2 lines, %3 in all (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Numbers: this number is already chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: at most ten numbers (R-65). Remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: choose one SIM or up to ten numbers (R-65).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: at most ten numbers (R-65).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: the same number is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is still running (%1, %2 % done): a new activation or deactivation waits until it completes (R-65).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option: choose an option from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the compatibility of the chosen numbers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the chosen numbers cannot have this change: remove them to send the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is not possible on this line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsFlows</name>
    <message>
        <source>Done: “%1” is now active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: “%1” is now off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsView</name>
    <message>
        <source>Compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility of the chosen numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the incompatible numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the option request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an option from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 a month · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option: choose an option from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen numbers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chosen number is compatible: the request can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 on %3 numbers: running, expected by %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 on %3 numbers: completed on %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteFlows</name>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Server address</translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the document (Ctrl+F), Enter for the next result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous result (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next result (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected in a way that is not supported and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file: it may be damaged or of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be shown (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfWindow</name>
    <message>
        <source>A copy without fiscal validity: the fiscal invoice is the electronic one delivered through the Sistema di Interscambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Giga per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra Giga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of %2 Giga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package already has %2 Giga a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package has already used %2 Giga this month; a plan under that cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 extra Giga a month; this package has %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose at least one SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 SIMs at a time (you chose %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the package the SIMs go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SIMs are already in package %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already in package %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: package %2 has room for %3 more SIMs (at most %4), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade package %1 from %2 to %3 Giga a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade package %1 from %2 to %3 Giga a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the referent of package %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %2 extra Giga to package %1: its extra Giga this month go from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 SIM(s) (%2) from package %3 to package %4: %3 goes from %5 to %6 SIMs, %4 from %7 to %8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsFlows</name>
    <message>
        <source>Done: package %1 now has %2 Giga a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the referent of package %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: package %1 now has %2 extra Giga this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 SIM(s) moved from package %2 to package %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a subscription line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1
Holder: %2
Data used this month: %3
Remaining credit: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsMobileView</name>
    <message>
        <source>Choose a line to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN and PUK are asked of the server when you show them; they are never saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Products pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga Smart Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionsView</name>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promotion for the company&apos;s lines at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Lines of the promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 line(s)</source>
        <translation>
            <numerusform>%1 · %2 line</numerusform>
            <numerusform>%1 · %2 lines</numerusform>
        </translation>
    </message>
    <message>
        <source>These promotions are dedicated to the company&apos;s lines. To activate one, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It applies to %1 line(s):</source>
        <translation>
            <numerusform>It applies to %1 line:</numerusform>
            <numerusform>It applies to %1 lines:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RechargeFlows</name>
    <message>
        <source>Saved: the automatic recharge of %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next top-up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic recharge was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RechargeRules</name>
    <message>
        <source>Numbers: at most %1 numbers in one online recharge (R-64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: choose at least one number to top up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: each number may be chosen only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: %1 is not a prepaid mobile line; only prepaid SIMs can be topped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: choose one of the amounts offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment: choose credit card or charge to the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: choose a prepaid line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: %1 is not a prepaid mobile line; only prepaid SIMs have an automatic recharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: choose under a threshold or every month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: choose one of the thresholds offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RechargesView</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line to see its recharges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recharges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transaction ID, outcome or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recharges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharges made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recharges cannot be loaded now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recharge matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharges made: %1 · Total: %2 · Failed attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharges apply to prepaid lines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no recharges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: an unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge history · line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealToggle</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
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
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard, which is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionRunner</name>
    <message>
        <source>The server&apos;s answer could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed. Try again.</source>
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
        <source>Fleet overview</source>
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
<context>
    <name>SelfServiceSection</name>
    <message>
        <source>Line activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline: the self-service pages need the server. Sign in again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga Smart Share management ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade or downgrade a package, change its referent, add extra Giga, move SIMs: in Products › Giga Smart Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>enter the address, for example https://selfcare.example.com</source>
        <translation>enter the address, for example https://selfcare.example.com</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it as https://name.of.the.server</source>
        <translation>%1 is not a web address: write it as https://name.of.the.server</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password (nothing before an @)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server that is not on this computer must use https (http only for localhost or 127.0.0.1)</source>
        <translation>a server that is not on this computer must use https (http only for localhost or 127.0.0.1)</translation>
    </message>
</context>
<context>
    <name>ServerLabels</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation from the payment circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment refused by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the payment page within 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount over the card&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice and data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>36 instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge to the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed line: options and services are for mobile lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data-only SIM: no voice or SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line&apos;s offer does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line bars premium services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data threshold abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-line activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giga Share threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct debit (SDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>The demo could not start on this computer: %1</source>
        <translation>The demo could not start on this computer: %1</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mobile line to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and content services of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium services cost extra, charged on the line&apos;s invoice or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Possible on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not possible: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a premium service: it costs %2 a month in addition to the offer of %3. Activate it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was activated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo (the embedded test server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (as started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds are shown is chosen in Notifications › Manage notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move… copies the data to another folder when the app starts again, then removes it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This start uses the folder given with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out first: the data of a signed-in account is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the next start the data moves to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: the data could not be moved or found, and stayed in the folder above (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder outside the current data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder that does not contain the current data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app cannot write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation type="unfinished">Server address: %1</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>The new server is used after you sign out, or at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data cleared, except a few files still in use: remove them after closing the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareInvoiceDialog</name>
    <message>
        <source>Share invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of invoice %1 is sent by the server to this address. It is a copy without fiscal validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimHistoryView</name>
    <message>
        <source>%1, username %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM association history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which SIMs were associated to or dissociated from the company&apos;s employees (Associa SIM), newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the first day (From) must not be after the last day (To).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 event</numerusform>
            <numerusform>%1 events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimsPanel</name>
    <message>
        <source>Associated SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of a company SIM, e.g. 347 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM number to associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (associated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have %1 associated SIMs, the most allowed: dissociate one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can associate at most %1 more SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Billed (net of VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month so far (the fee is billed later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a month to read its spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <source>No billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 line(s))</source>
        <translation>
            <numerusform>%1 (%2 line)</numerusform>
            <numerusform>%1 (%2 lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top spenders of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top spenders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cost nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traffic only, the fee comes with the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last billed month, net of VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges this month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a line by number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend yet: the fleet&apos;s usage arrives with the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top spenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelcoManagersPanel</name>
    <message>
        <source>Telco Managers</source>
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
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Telco Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Telco Manager yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the User Admin who created this profile can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Telco Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile %1? It will no longer be able to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFlows</name>
    <message>
        <source>Save the blank form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session: sign in again to file the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the ticket is saved and will be sent as soon as the connection is back. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not accepted. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketReceipt</name>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt: quote the ticket number when you contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Check the request before sending it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserisci nuovo ticket</source>
        <translation>Add a new ticket</translation>
    </message>
    <message>
        <source>Pick the SIM&apos;s number from the company&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 filed. You can follow it in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost or stolen SIM or phone, or an administrative or commercial request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the SIM of a lost or stolen line, or block the IMEI of a lost or stolen phone (this needs three scanned documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 digits: dial *#06# to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filled-in request form, an identity document and the report to the authorities: PDF, JPEG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the invoice, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 300 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegro Furto/Smarrimento</source>
        <translation>Loss/theft replacement</translation>
    </message>
    <message>
        <source>Richieste Amministrative/Commerciali</source>
        <translation>Administrative/commercial requests</translation>
    </message>
    <message>
        <source>sostituzione SIM</source>
        <translation>SIM replacement</translation>
    </message>
    <message>
        <source>blocco IMEI</source>
        <translation>IMEI block</translation>
    </message>
    <message>
        <source>ritardo attivazione</source>
        <translation>Activation delay</translation>
    </message>
    <message>
        <source>ritardo consegna</source>
        <translation>Delivery delay</translation>
    </message>
    <message>
        <source>tariffa errata</source>
        <translation>Wrong tariff</translation>
    </message>
    <message>
        <source>addebito ricarica errato</source>
        <translation>Wrong top-up charge</translation>
    </message>
    <message>
        <source>servizi premium non attivati/disattivati</source>
        <translation>Premium services not activated/deactivated</translation>
    </message>
    <message>
        <source>formato fattura errato</source>
        <translation>Wrong invoice format</translation>
    </message>
    <message>
        <source>altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS to the referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to the referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI block request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: at most %1 characters (you typed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters (you typed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use letters or digits, with no control or invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number: pick an invoice or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number: up to 30 letters, digits and / - _ . as printed on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 6 to 15 digits, optionally + in front; spaces and - . / are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM number: %1 is not one of the company&apos;s mobile lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: say what %1 is (request form, identity document or report to the authorities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 is not a PDF, JPEG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 is a %2 file, its name must end in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1 is %2, each file may be at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: exactly %1 files are needed; remove one before adding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: there is already a %1; remove it before adding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: together the files may be at most %1 (%2 with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: exactly %1 files are needed (there are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: only one %1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: the %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: together the files may be at most %1 (they are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: it does not belong to the reason chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss or theft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a lost or stolen SIM, or block a phone&apos;s IMEI (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank IMEI block form (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Use the buttons above to file one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is still open (%2): a new ticket can be filed once it is closed. A draft you started stays saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ticket(s) waiting to be sent: they go as soon as the server can be reached.</source>
        <translation>
            <numerusform>%1 ticket waiting to be sent: they go as soon as the server can be reached.</numerusform>
            <numerusform>%1 tickets waiting to be sent: they go as soon as the server can be reached.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets could not be loaded: the list shown may be old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traffic</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not come after the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not be later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traffic is kept for the last three months only, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the traffic download covers at most %2 days; this range has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Running total (right-hand axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a day to read its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running total {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficExportDialog</name>
    <message>
        <source>Download traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel file of the records of line %1, with a sheet of totals by type. It covers at most %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are more than one Excel sheet holds: they were split over %1 sheets, none left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic could not be downloaded: %1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficFlows</name>
    <message>
        <source>The server cannot be reached: the traffic shown is the one saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile may not see this traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy: the traffic shown is the one saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to update the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the traffic shown is the one saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic cannot be loaded now: the saved one is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, the records are asked of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficRecordsPanel</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, country, description or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s)</source>
        <translation>
            <numerusform>%1 record</numerusform>
            <numerusform>%1 records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficTopLines</name>
    <message>
        <source>Most data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line to see its traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficTotals</name>
    <message numerus="yes">
        <source>%1 call(s)</source>
        <translation>
            <numerusform>%1 call</numerusform>
            <numerusform>%1 calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 session(s)</source>
        <translation>
            <numerusform>%1 session</numerusform>
            <numerusform>%1 sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 option charge(s)</source>
        <translation>
            <numerusform>%1 option charge</numerusform>
            <numerusform>%1 option charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 charge(s)</source>
        <translation>
            <numerusform>%1 charge</numerusform>
            <numerusform>%1 charges</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficView</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel file of the line&apos;s records (at most 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the records: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · saved data of %2; updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no traffic saved for this period on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offline: the traffic saved on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offline: saved traffic for %3 of the %4 days of this period (saved on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole company · %1 line(s), mobile and fixed</source>
        <translation>
            <numerusform>Whole company · %1 line, mobile and fixed</numerusform>
            <numerusform>Whole company · %1 lines, mobile and fixed</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a line, or the whole company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>WINDTRE Business: %1 unread notification(s)</source>
        <translation>
            <numerusform>WINDTRE Business: %1 unread notification</numerusform>
            <numerusform>WINDTRE Business: %1 unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Tax code: enter the 16 characters of the tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: only letters and digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: 11 digits are a company&apos;s code; enter the person&apos;s tax code (16 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: it must have 16 characters (you typed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: the check character is wrong (16 characters, the last one is a check letter); look for a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: the characters are not in the right places (6 letters, 2 digits, a month letter, 2 digits, a letter, 3 digits, a check letter; omocodia replaces digits with L-V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: the birth date it contains does not exist (day 01-31 for men, 41-71 for women)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: enter the 11 digits of the VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: only digits are allowed (an IT prefix, spaces and hyphens are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: it must have 11 digits (you typed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: the check digit (the 11th) is wrong; look for a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: digits 8-10 must be the code of an Italian tax office (001-100, 120, 121, 888 or 999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number: this is not a valid VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI: enter the 15 digits (dial *#06# on the phone to read them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI: only digits are allowed (spaces and hyphens are ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI: it must have exactly 15 digits, the last one a check digit (you typed %1); dial *#06# on the phone to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI: the check digit (the 15th) is wrong; look for a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number: enter the number, such as 347 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number: only digits, spaces and + ( ) . / - are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number: this is not an Italian mobile number (3xx followed by 6 or 7 digits, +39 or 0039 in front is fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number: it must be an Italian number (+39), not +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number: this is a landline number; enter a mobile number (it starts with 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: enter the email address, such as name@company.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: an address has one @ and no spaces, such as name@company.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: the address is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: the part before @ may have letters, digits and . _ - + only, without two dots in a row or a dot at either end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: the part after @ must be a domain such as company.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK: only digits are allowed (8 digits, printed on the card the SIM came on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUK: it has exactly 8 digits, printed on the card the SIM came on (you typed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: the code we sent you has exactly 6 digits (you typed %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code: it has 6 letters and digits, as in the activation email (you typed %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: choose a username of 4 to 30 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: spaces are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: only letters a-z and A-Z, digits and . _ - are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: it must have 4 to 30 characters (you typed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: it needs at least one letter (all-digit usernames are employees&apos; line numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: enter your username, or your mobile number if you are an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters (at most 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upper-case letter (A-Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower-case letter (a-z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit (0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symbol, such as ! ? @ # $ % &amp; *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it needs an upper-case letter (A-Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it needs a lower-case letter (a-z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it needs a digit (0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it needs a symbol, such as ! ? @ # $ % &amp; *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password: it is not the same as the password (upper and lower case count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: it must be different from the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: enter a real date, as DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: it cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: more than 120 years ago; check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: the legal representative must be at least %1 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code: it contains the birth date %1, but the date of birth entered is %2; one of the two is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter it as on the identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only letters, spaces, apostrophes, hyphens and dots are allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>%1: this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tick the box to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of the options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to choose from the list, or type it in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code again (in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
