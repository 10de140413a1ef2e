importScripts('background.js'); backgroundMain([]);
