"""GUI-side coordinators: the app controller and one flows module per section (accounts, tickets,
invoices…). A flows module turns what the user does on a view into work for the network thread and
its results back into what the views show. Flows sit above views and widgets; those never import flows."""
