// Whole processes start, crash and restart in these tests: minutes, not seconds.
jest.setTimeout(300000);
