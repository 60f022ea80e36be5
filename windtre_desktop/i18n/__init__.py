"""Language: the Qt translations (`translations`), one way to write numbers, dates and money per
language (`formatting`), and the developer tool that refreshes the .ts/.qm files (`tools`)."""
