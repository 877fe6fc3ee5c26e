// Mocha's spec reporter plus a plain closing line that CI tools read: "N passed, N failed, N skipped".
const Mocha = require('mocha');

class WireDeskReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures, pending } = this.stats;
      console.log(`e2e: ${passes} passed, ${failures} failed, ${pending} skipped`);
    });
  }
}

module.exports = WireDeskReporter;
