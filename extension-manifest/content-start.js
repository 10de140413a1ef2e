contentMain([]);
