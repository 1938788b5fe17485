import commandSyntax from './command-syntax.js';
import esmtpParameters from './esmtp-parameters.js';
import lineEndings from './line-endings.js';
import mailboxSyntax from './mailbox-syntax.js';
import noVrfyExistenceCheck from './no-vrfy-existence-check.js';

/** Every rule of the plugin, keyed by its name without the `smtp/` prefix. */
export const rules = {
  'command-syntax': commandSyntax,
  'esmtp-parameters': esmtpParameters,
  'line-endings': lineEndings,
  'mailbox-syntax': mailboxSyntax,
  'no-vrfy-existence-check': noVrfyExistenceCheck,
};
