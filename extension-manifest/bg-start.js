backgroundMain([]);
