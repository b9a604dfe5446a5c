// Placeholder so the build works until the content script lands (owned by the content engineer).
export {};
