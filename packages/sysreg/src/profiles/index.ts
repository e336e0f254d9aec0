// CPU profiles and custom hosts land here.
export {};
