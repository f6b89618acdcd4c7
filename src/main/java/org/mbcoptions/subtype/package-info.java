@NullMarked
package org.mbcoptions.subtype;

import org.jspecify.annotations.NullMarked;
