/** Small value types and code lists used by every module: NHS numbers, postcodes, needs. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pathway.shared;
