@NullMarked
package org.mbcoptions.content;

import org.jspecify.annotations.NullMarked;
