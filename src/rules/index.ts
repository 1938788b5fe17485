import clientAddressTypeChecked from './client-address-type-checked.js';
import clientEnvelopeAddress from './client-envelope-address.js';
import clientHeaderAddress from './client-header-address.js';
import clientHelloName from './client-hello-name.js';
import commandSyntax from './command-syntax.js';
import esmtpParameters from './esmtp-parameters.js';
import lineEndings from './line-endings.js';
import mailboxSyntax from './mailbox-syntax.js';
import noVrfyExistenceCheck from './no-vrfy-existence-check.js';

/** Every rule of the plugin, keyed by its name without the `smtp/` prefix. */
export const rules = {
  'client-address-type-checked': clientAddressTypeChecked,
  'client-envelope-address': clientEnvelopeAddress,
  'client-header-address': clientHeaderAddress,
  'client-hello-name': clientHelloName,
  'command-syntax': commandSyntax,
  'esmtp-parameters': esmtpParameters,
  'line-endings': lineEndings,
  'mailbox-syntax': mailboxSyntax,
  'no-vrfy-existence-check': noVrfyExistenceCheck,
};
