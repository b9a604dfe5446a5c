/// <reference types="vite/client" />
// Vite's client types: lets the entry files import their stylesheets.
