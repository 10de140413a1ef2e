popupMain([]);
