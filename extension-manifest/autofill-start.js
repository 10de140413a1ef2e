autofillMain([]);
