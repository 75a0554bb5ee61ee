/**
 * Value types and small infrastructure every module may use (money, national ID, not-found errors,
 * field encryption). Open: its sub-packages are visible to all modules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.unionaid.shared;

import org.springframework.modulith.ApplicationModule;
